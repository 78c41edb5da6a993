// One list query per request: the kind's MATCH, the WHERE built from the model (where.ts), the ORDER BY from
// `sort` (undated and absent values last in both directions, ties by id), then the fixed paging tail
// (cypher/queries/list-page.cypher). Labels and property names come from the model only.
import { cypher } from '../../db/cypher-files.js';
import { listFields, type ListField } from '../../model/list-fields.js';
import { nodeKinds, type NodeLabel } from '../../model/model.js';
import { badInput } from '../errors.js';

export interface SortKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

const sortable = (label: NodeLabel) =>
  new Map(
    listFields(label)
      .filter((f) => f.sortable)
      .map((f) => [f.name, f] as [string, ListField]),
  );

/** `sort: [{date: DESC}, {name: ASC}]` as keys, each item naming exactly one field. */
export function sortKeys(label: NodeLabel, sort: Record<string, unknown>[] | null | undefined): SortKey[] {
  const fields = sortable(label);
  return (sort ?? []).map((item, i) => {
    const given = Object.entries(item).filter(([, d]) => d != null);
    if (given.length !== 1) throw badInput(`sort[${i}]`, `must name exactly one field (got ${given.length}); list several items to sort by several fields`);
    const [field, direction] = given[0]!;
    if (!fields.has(field)) throw badInput(`sort[${i}].${field}`, `is not a sortable field of ${label}`);
    if (direction !== 'ASC' && direction !== 'DESC') throw badInput(`sort[${i}].${field}`, 'must be ASC or DESC');
    return { field, direction };
  });
}

function orderBy(label: NodeLabel, keys: SortKey[]): string {
  const fields = sortable(label);
  const terms = keys.flatMap(({ field, direction }) => {
    const f = fields.get(field)!;
    const prop = `n.${f.type === 'date' ? `${f.property}Start` : f.property}`;
    // Absent values last whichever way: Cypher alone would put nulls first when descending.
    return [`${prop} IS NULL`, `${prop} ${direction}`];
  });
  return [...terms, 'n.id'].join(', ');
}

// A kind whose records may duplicate another (Attack.duplicateOf) lists each once, as the record it duplicates;
// a filter that matches either reading finds it (as cypher/queries/attacks.cypher does).
const collapses = (label: NodeLabel) => 'duplicateOf' in nodeKinds[label].properties;

/**
 * The whole statement; `predicate` is built by where.ts (values in its parameters). `anchor`, a fixed pattern that
 * binds `n` (list-resolver.ts), replaces the scan of every node of the kind.
 */
export function listCypher(label: NodeLabel, predicate: string, keys: SortKey[], anchor?: string): string {
  const once = collapses(label) ? [`OPTIONAL MATCH (original:${label} {id: n.duplicateOf})`, 'WITH DISTINCT coalesce(original, n) AS n'] : ['WITH n'];
  // An anchor may reach a node along several paths (a place inside another twice over): each is listed once.
  const match = anchor ? [`MATCH ${anchor}`, 'WITH DISTINCT n', `WHERE n:${label} AND ${predicate}`] : [`MATCH (n:${label})`, `WHERE ${predicate}`];
  return [...match, ...once, `ORDER BY ${orderBy(label, keys)}`, cypher('queries/list-page')].join('\n');
}
