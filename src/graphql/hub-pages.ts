// A hub's page of relationships from the page indexes (issue 9, "hubs page their relationships from an index"):
// sorting all of a hub's edges for a page of 20 reads every edge (188,000 of ISKP's at 1M nodes). Instead, per
// relationship type and end, the index on (end's id, validFrom, id) gives that node's edges of the type in page
// order, so each reads only as many entries as the page needs; the pages are merged here on the walk's sort key
// (validFrom, type, id; undated last). Undated edges are in no index: a page that reaches them walks to them, but
// only along the types and ends that have any. A date filter (asOf) is left to the walk
// (cypher/queries/relationships.cypher).
//
// Round trips, each a fixed text per model type and end: the node's degree per type and end (Neo4j keeps them: no
// edge is read); the dated keys of every end with edges, sent together in one transaction; the undated keys when
// the page reaches them (in one transaction too); then the page's edges. Each statement costs about 1 ms however
// little it reads (23 of them for ISKP's first page at 1M nodes, 30 ms in all), so the merged keys are kept per data
// version (kept-keys.ts): the same page again, or any page among them, is the last statement alone.
// (One statement for all ends, a UNION of the per-end index reads, executed in 3-8 ms but took 0.4-7 s to plan.)
import { HUB_KEYS_KEPT } from '../db/statement-params.js';
import type { Context } from './context.js';
import { covers, keptKeys, type KeptKeys } from './kept-keys.js';
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

const statements = (make: (type: string, direction: Direction) => string) =>
  new Map<string, string>(pageTypes.flatMap((type) => (Object.keys(pageEnds) as Direction[]).map((d) => [`${type} ${d}`, make(type, d)] as const)));

// Ordering by the index's own columns (the end first) lets Neo4j read the index in order and stop at $n.
const keysText = statements(
  (type, direction) => `MATCH ()-[r:${type}]->() WHERE r.${pageEnds[direction]} = $id AND r.validFrom IS NOT NULL AND r.id IS NOT NULL
WITH r ORDER BY r.${pageEnds[direction]}, r.validFrom, r.id LIMIT $n
RETURN r.validFrom AS validFrom, r.id AS id, elementId(r) AS element`,
);
// A typed expansion from the node reads only that type's edges at that end (Neo4j groups a dense node's edges so).
const undatedText = statements(
  (type, direction) => `MATCH (:Entity {id: $id})${direction === 'OUT' ? `-[r:${type}]->` : `<-[r:${type}]-`}()
WHERE r.validFrom IS NULL
WITH r ORDER BY r.id LIMIT $n
RETURN null AS validFrom, r.id AS id, elementId(r) AS element`,
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
// The walk's ORDER BY r.validFrom, type(r), r.id: ISO dates and ids compare as Neo4j compares strings, and an
// undated edge (date '~', after every digit) sorts last, as Neo4j sorts nulls.
const UNDATED = '~';
const byPageOrder = (x: Key, y: Key) =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.type < y.type ? -1 : x.type > y.type ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/** Whether these arguments can be answered from the page indexes: every model type has them; a date filter cannot. */
export const hubPageable = (a: { asOf: unknown }) => a.asOf == null;

/** Hubs' merged page keys (element ids), shared by the requests of one API. */
export type HubKeys = KeptKeys<string>;
export const hubKeys = (maxKeys = HUB_KEYS_KEPT): HubKeys => keptKeys<string>(maxKeys);
const hubKey = (id: string, a: Pick<HubPageArgs, 'types' | 'direction'>) => `${id} ${a.types ? [...a.types].sort().join(',') : '*'} ${a.direction}`;

type HubContext = Pick<Context, 'readVersioned' | 'hubKeys'>;
export interface HubPage {
  totalCount: number;
  page: EdgeObject[];
}

const readPage = async (ctx: HubContext, elements: string[], props: readonly string[]) => {
  const { results, version } = await ctx.readVersioned([{ text: pageText, params: { elements, props } }]);
  return { version, page: results[0]!.records.map((r) => toEdge(r.get('edge') as { rel: Props; start: Props; end: Props }, props)) };
};

const keptFor = (ctx: HubContext, id: string, a: HubPageArgs) => {
  const kept = ctx.hubKeys.get(hubKey(id, a));
  // An empty slice could not tell whether the data changed.
  return kept && covers(kept, a.offset, a.first) && a.offset < kept.keys.length ? kept : undefined;
};

/** Whether this page of a node was kept (hubPageFromKept then says whether it still holds). */
export const hubPageKept = (ctx: HubContext, id: string, a: HubPageArgs) => keptFor(ctx, id, a) !== undefined;

/** The page from kept keys, read with the data version: null when not kept or written since they were sorted. */
export async function hubPageFromKept(ctx: HubContext, id: string, a: HubPageArgs): Promise<HubPage | null> {
  const kept = keptFor(ctx, id, a);
  if (!kept) return null;
  const { version, page } = await readPage(ctx, kept.keys.slice(a.offset, a.offset + a.first), a.props);
  return version === kept.version ? { totalCount: kept.totalCount, page } : null;
}

/** The page of a node's relationships (every type between entities when `types` is null), and how many there are. */
export async function hubPage(ctx: HubContext, id: string, a: HubPageArgs): Promise<HubPage> {
  const read = await ctx.readVersioned([{ text: degreesText, params: { id } }]);
  const degrees = read.results[0]!.records[0]?.get('degrees') as [number, number][] | undefined;
  if (!degrees) return { totalCount: 0, page: [] };
  const versions = new Set([read.version]);
  const wanted = new Set(a.types ?? pageTypes);
  const ends = pageTypes.flatMap((type, i) =>
    !wanted.has(type)
      ? []
      : (Object.keys(pageEnds) as Direction[])
          .map((direction, side) => ({ type, direction, degree: degrees[i]![side]! }))
          .filter((e) => (a.direction === 'BOTH' || a.direction === e.direction) && e.degree > 0),
  );
  const totalCount = ends.reduce((n, e) => n + e.degree, 0);
  const n = a.offset + a.first;
  const keysOf = async (texts: Map<string, string>, of: typeof ends, limit: number) => {
    const { results, version } = await ctx.readVersioned(of.map((e) => ({ text: texts.get(`${e.type} ${e.direction}`)!, params: { id, n: limit } })));
    versions.add(version);
    return results.map((r, i) =>
      r.records.map((rec): Key => ({
        date: rec.get('validFrom') === null ? UNDATED : String(rec.get('validFrom')),
        type: of[i]!.type,
        id: rec.get('id'),
        element: rec.get('element'),
      })),
    );
  };
  const dated = await keysOf(keysText, ends, n);
  const keys = dated.flat();
  // Fewer dated edges than the page needs: then every end gave all its dated ones, and the rest of the page is
  // undated, from the ends that have undated edges.
  if (keys.length < n && keys.length < totalCount) {
    const undated = ends.filter((e, i) => e.degree > dated[i]!.length);
    keys.push(...(await keysOf(undatedText, undated, n - keys.length)).flat());
  }
  const sorted = keys
    .sort(byPageOrder)
    .slice(0, n)
    .map((k) => k.element);
  // Kept only when the degrees and every key were read from the same data.
  if (versions.size === 1) ctx.hubKeys.set(hubKey(id, a), { version: read.version, keys: sorted, totalCount });
  const elements = sorted.slice(a.offset);
  return { totalCount, page: elements.length === 0 ? [] : (await readPage(ctx, elements, a.props)).page };
}
