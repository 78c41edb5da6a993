// A plain Cypher seed script: the schema, then batched MERGEs with the values written as literals
// (no parameters, no APOC), so it runs with `cypher-shell -f` or pasted into Neo4j Browser.
// Safe to run twice: MERGE on id, then SET.
import { schemaCypher } from '../model/schema-cypher.js';
import { CASUALTY_REPORT } from '../model/model.js';
import { isDate, type ExportGraph, type Props, type Value } from './graph.js';

const BATCH = 100;

/** A Cypher string literal: single quotes, backslash escapes, no raw line breaks (so `;` splitting stays safe). */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

export function cypherValue(v: Value): string {
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error(`only integers are exported as Cypher numbers (got ${v})`);
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (isDate(v)) return `date('${v.toString()}')`;
  return `[${v.map(cypherValue).join(', ')}]`;
}

const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);
const map = (props: Props) =>
  `{${Object.entries(props)
    .map(([k, v]) => `${key(k)}: ${cypherValue(v)}`)
    .join(', ')}}`;

function* chunks<T>(list: T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += BATCH) yield list.slice(i, i + BATCH);
}

function groupBy<T>(list: T[], f: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(f(x), [...(m.get(f(x)) ?? []), x]);
  return m;
}

/** The script, statement by statement (each ends with `;` at the end of its last line). */
export function* cypherScript(graph: ExportGraph, header = true): Generator<string> {
  if (header) {
    yield [
      '// The Khorasan graph as a plain Cypher script. Generated from seed/ by `npm run generate`; do not edit by hand.',
      '// Run: cypher-shell -u neo4j -p <password> -f cypher/seed/khorasan.cypher (or paste into Neo4j Browser).',
      '// Constraints and indexes first, then nodes MERGEd on id, then relationships between them. Safe to re-run.',
      '',
    ].join('\n');
    yield schemaCypher().replace(/^\/\/ Constraints and indexes[^\n]*\n\/\/[^\n]*\n/, '');
    yield '// Wait for the indexes, so the full-text index sees every node.\nCALL db.awaitIndexes(300);\n';
  }
  for (const [label, nodes] of groupBy(graph.nodes, (n) => n.label)) {
    const entity = label !== CASUALTY_REPORT.label;
    for (const batch of chunks(nodes)) {
      yield [
        `// ${label}: ${batch.length} node${batch.length === 1 ? '' : 's'}.`,
        'UNWIND [',
        batch.map((n) => `  ${map(n.props)}`).join(',\n'),
        '] AS row',
        entity ? 'MERGE (n:Entity {id: row.id})' : `MERGE (n:${label} {id: row.id})`,
        ...(entity ? [`SET n:${label}`] : []),
        'SET n += row;',
        '',
      ].join('\n');
    }
  }
  for (const [type, rels] of groupBy(graph.relationships, (r) => r.type)) {
    for (const batch of chunks(rels)) {
      yield [
        `// :${type}: ${batch.length} relationship${batch.length === 1 ? '' : 's'}.`,
        'UNWIND [',
        batch.map((r) => `  {start: ${cypherString(r.start)}, end: ${cypherString(r.end)}, props: ${map(r.props)}}`).join(',\n'),
        '] AS row',
        'MATCH (a:Entity {id: row.start})',
        `MATCH (b:${type === CASUALTY_REPORT.relationship ? CASUALTY_REPORT.label : 'Entity'} {id: row.end})`,
        `MERGE (a)-[r:${type} {id: row.props.id}]->(b)`,
        'SET r += row.props;',
        '',
      ].join('\n');
    }
  }
}

export const cypherScriptText = (graph: ExportGraph, header = true) => [...cypherScript(graph, header)].join('\n');
