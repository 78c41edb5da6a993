// CSV for `neo4j-admin database import full`: one file per label and per relationship type, with typed headers
// (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, name:long, date:date, aliases:string[]) and arrays joined with
// ARRAY_DELIMITER. Column types come from the values, and every value of a column must agree.

import { isDate, labelsOf, type ExportGraph, type Value } from './graph.js';

export const ARRAY_DELIMITER = '|';

type CsvType = 'string' | 'long' | 'boolean' | 'date';

function scalarType(v: Value): CsvType {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error(`CSV export: only integer numbers are supported (got ${v})`);
    return 'long';
  }
  if (typeof v === 'boolean') return 'boolean';
  if (isDate(v)) return 'date';
  throw new Error('CSV export: nested lists are not supported');
}

/** `string`, `long[]`, …; empty lists take the type of the column's other values (string[] if none). */
function columnType(values: Value[], column: string): string {
  const types = new Set<string>();
  let list = false;
  for (const v of values) {
    if (Array.isArray(v)) {
      list = true;
      for (const x of v) types.add(scalarType(x));
    } else types.add(scalarType(v));
  }
  if (types.size > 1) throw new Error(`CSV export: column ${column} mixes ${[...types].join(' and ')}`);
  const t = [...types][0] ?? 'string';
  return list ? `${t}[]` : t;
}

const quote = (s: string) => (/[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s);

function cell(v: Value | undefined, column: string): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) {
    for (const x of v)
      if (String(x).includes(ARRAY_DELIMITER)) throw new Error(`CSV export: a value of ${column} contains the array delimiter ${ARRAY_DELIMITER}`);
    return quote(v.map(String).join(ARRAY_DELIMITER));
  }
  return quote(String(v));
}

function table(rows: { fixed: string[]; props: Record<string, Value> }[], fixedHeader: string[], skip: Set<string>): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].filter((k) => !skip.has(k)).sort();
  const header = [
    ...fixedHeader,
    ...keys.map(
      (k) =>
        `${k}:${columnType(
          rows.map((r) => r.props[k]).filter((v) => v !== undefined),
          k,
        )}`,
    ),
  ];
  const lines = rows.map((r) => [...r.fixed.map((f) => quote(f)), ...keys.map((k) => cell(r.props[k], k))].join(','));
  return [header.join(','), ...lines].join('\n') + '\n';
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

/** File name → CSV text. `nodes-Person.csv`, …, `relationships-LED.csv`, …, in a stable order. */
export function csvFiles(graph: ExportGraph): Map<string, string> {
  const files = new Map<string, string>();
  const labels = [...new Set(graph.nodes.map((n) => n.label))];
  for (const label of labels) {
    const nodes = graph.nodes.filter((n) => n.label === label);
    const rows = nodes.map((n) => ({ fixed: [n.id, labelsOf(n).join(ARRAY_DELIMITER)], props: n.props }));
    files.set(`nodes-${safe(label)}.csv`, table(rows, ['id:ID', ':LABEL'], new Set(['id'])));
  }
  const fixes: string[] = [];
  for (const label of labels) {
    const nodes = graph.nodes.filter((n) => n.label === label);
    const keys = [...new Set(nodes.flatMap((n) => Object.keys(n.props)))];
    for (const k of keys) {
      const empty = nodes.filter((n) => Array.isArray(n.props[k]) && (n.props[k] as Value[]).length === 0).map((n) => n.id);
      if (empty.length > 0)
        fixes.push(`MATCH (n:${label})\nWHERE n.id IN [${empty.map((id) => JSON.stringify(id).replace(/^"|"$/g, "'")).join(', ')}]\nSET n.${k} = [];`);
    }
  }
  // neo4j-admin import reads an empty array field as no property; this restores the empty lists the graph holds.
  files.set(
    'post-import.cypher',
    ['// Run after `neo4j-admin database import full`: the import cannot write an empty list, so these set them.', ...fixes, ''].join('\n'),
  );
  const types = [...new Set(graph.relationships.map((r) => r.type))];
  for (const type of types) {
    const rels = graph.relationships.filter((r) => r.type === type);
    const rows = rels.map((r) => ({ fixed: [r.start, r.end, r.type], props: r.props }));
    files.set(`relationships-${safe(type)}.csv`, table(rows, [':START_ID', ':END_ID', ':TYPE'], new Set()));
  }
  return files;
}

/** The neo4j-admin arguments that import these files (paths relative to the folder they are written to). */
export function importArguments(files: Iterable<string>, dir: string): string[] {
  const list = [...files];
  return [
    ...list.filter((f) => f.startsWith('nodes-')).map((f) => `--nodes=${dir}/${f}`),
    ...list.filter((f) => f.startsWith('relationships-')).map((f) => `--relationships=${dir}/${f}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
  ];
}
