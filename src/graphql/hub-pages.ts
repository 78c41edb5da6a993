// A hub's page of relationships from the page indexes (issue 9, "hubs page their relationships from an index"):
// sorting all of a hub's edges for a page of 20 reads every edge (188,000 of ISKP's at 1M nodes). Instead, per
// relationship type and end, the index on (end's id, validFrom, id) gives that node's edges of the type in page
// order, so each reads only as many entries as the page needs; the pages are merged here on the walk's sort key
// (validFrom, type, id). Undated edges are in no index (they sort last): a page that reaches them, or one with a
// date filter, is left to the walk (cypher/queries/relationships.cypher), which gives the same order.
//
// Three round trips, each a fixed text per model type: the node's degree per type and end (Neo4j keeps them: no
// edge is read), the keys of every end with edges, sent together in one transaction, then the page's edges.
import type { Context } from './context.js';
import { toEdge, type EdgeObject, type Props } from './records.js';
import { pageEnds, pageTypes } from '../model/schema-cypher.js';

type Direction = keyof typeof pageEnds;

export interface HubPageArgs {
  types: string[] | null;
  direction: Direction | 'BOTH';
  offset: number;
  first: number;
  /** The ends' properties to project (src/graphql/selection.ts). */
  props: readonly string[];
}

const degreesText = `MATCH (v:Entity {id: $id})
RETURN [${pageTypes.map((t) => `[COUNT { (v)-[:${t}]->() }, COUNT { (v)<-[:${t}]-() }]`).join(', ')}] AS degrees`;

const keysText = new Map<string, string>(
  pageTypes.flatMap((type) =>
    (Object.keys(pageEnds) as Direction[]).map((direction) => {
      const end = pageEnds[direction];
      // Ordering by the index's own columns (the end first) lets Neo4j read the index in order and stop at $n.
      const text = `MATCH ()-[r:${type}]->() WHERE r.${end} = $id AND r.validFrom IS NOT NULL AND r.id IS NOT NULL
WITH r ORDER BY r.${end}, r.validFrom, r.id LIMIT $n
RETURN r.validFrom AS validFrom, r.id AS id, elementId(r) AS element`;
      return [`${type} ${direction}`, text] as const;
    }),
  ),
);

/** The keys statement of one type and end (fixed text; tests PROFILE it). */
export const pageKeysStatement = (type: string, direction: Direction) => keysText.get(`${type} ${direction}`);

const pageText = `UNWIND $elements AS element
MATCH ()-[r]->() WHERE elementId(r) = element
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN {rel: r {.*, type: type(r)}, start: {labels: labels(a), values: [k IN $props | a[k]]},
  end: {labels: labels(b), values: [k IN $props | b[k]]}} AS edge`;

interface Key {
  date: string;
  type: string;
  id: string;
  element: string;
}
// The walk's ORDER BY r.validFrom, type(r), r.id: ISO dates and ids compare as Neo4j compares strings.
const byPageOrder = (x: Key, y: Key) =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.type < y.type ? -1 : x.type > y.type ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/** Whether these arguments can be answered from the page indexes (no date filter; only indexed types). */
export const hubPageable = (a: { types: string[] | null; asOf: unknown }) => a.asOf == null && (a.types ?? pageTypes).every((t) => keysText.has(`${t} OUT`));

/**
 * The page of a node's relationships (every type but an attack's casualty reports when `types` is null), or null
 * when the page reaches past its dated edges: then the walk answers.
 */
export async function hubPage(ctx: Pick<Context, 'read' | 'readAll'>, id: string, a: HubPageArgs): Promise<{ totalCount: number; page: EdgeObject[] } | null> {
  const degrees = (await ctx.read(degreesText, { id })).records[0]?.get('degrees') as [number, number][] | undefined;
  if (!degrees) return { totalCount: 0, page: [] };
  const wanted = new Set(a.types ?? pageTypes);
  const ends = pageTypes.flatMap((type, i) =>
    !wanted.has(type)
      ? []
      : (Object.keys(pageEnds) as Direction[])
          .filter((d, side) => (a.direction === 'BOTH' || a.direction === d) && degrees[i]![side]! > 0)
          .map((direction) => ({ type, direction, degree: degrees[i]![direction === 'OUT' ? 0 : 1]! })),
  );
  const totalCount = ends.reduce((n, e) => n + e.degree, 0);
  const n = a.offset + a.first;
  const results = await ctx.readAll(ends.map((e) => ({ text: keysText.get(`${e.type} ${e.direction}`)!, params: { id, n } })));
  const keys = results.flatMap((r, i) =>
    r.records.map((rec): Key => ({ date: String(rec.get('validFrom')), type: ends[i]!.type, id: rec.get('id'), element: rec.get('element') })),
  );
  // Fewer dated edges than the page needs while some are undated: the page reaches those, which no index holds.
  if (keys.length < n && keys.length < totalCount) return null;
  const elements = keys
    .sort(byPageOrder)
    .slice(a.offset, n)
    .map((k) => k.element);
  const rows = (await ctx.read(pageText, { elements, props: a.props })).records.map((r) => r.get('edge') as { rel: Props; start: Props; end: Props });
  return { totalCount, page: rows.map((e) => toEdge(e, a.props)) };
}
