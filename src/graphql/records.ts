// Turns what the Cypher queries return (node and relationship maps) into the objects resolvers serve.
import neo4j from 'neo4j-driver';
import { nodeLabels, type NodeLabel } from '../model/model.js';

export type Props = Record<string, unknown>;

export interface EntityObject extends Props {
  id: string;
  label: NodeLabel;
  name: string;
  sourceIds: string[];
  quotes: string[];
}

export interface EdgeObject extends Props {
  id: string;
  type: string;
  from: EntityObject;
  to: EntityObject;
  sourceIds: string[];
  quotes: string[];
  validFrom?: string;
  validTo?: string;
}

/** Neo4j dates become ISO strings; everything else is passed through. */
export function plain(value: unknown): unknown {
  // Most values are strings and numbers: they return before any check (this runs for every property of every answer).
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A node as Cypher projects it for a selection: `{labels: labels(n), values: [k IN $props | n[k]]}`. */
export interface ProjectedNode {
  labels: string[];
  values: unknown[];
}

/** Zips a projected node's values back with the property names asked for; absent properties stay absent. */
export function unproject(node: ProjectedNode, props: readonly string[]): Props {
  const out: Props = { labels: node.labels };
  props.forEach((k, i) => {
    if (node.values[i] != null) out[k] = plain(node.values[i]);
  });
  return out;
}

/**
 * A relationship as Cypher projects it for a selection, `{type: type(r), values: [k IN $relProps | r[k]]}`, as a
 * plain map; with `props` null it came whole (`r {.*, type: type(r)}`).
 */
export function unprojectRel(raw: Props, props: readonly string[] | null): Props {
  if (!props) return (plain(raw) ?? {}) as Props;
  const values = raw.values as unknown[];
  const out: Props = { type: raw.type };
  props.forEach((k, i) => {
    if (values[i] != null) out[k] = plain(values[i]);
  });
  return out;
}

/** A node map `n {.*, labels: labels(n)}` as an entity; with `props`, a projected node (see selection.ts). */
export function toEntity(node: Props, props?: readonly string[]): EntityObject {
  // A projected node's values are made plain while they are zipped; a whole map is made plain here. Either way the
  // object is new, so it is completed in place (a spread per entity showed up in the API's CPU profile).
  const p = (props && Array.isArray(node.values) ? unproject(node as unknown as ProjectedNode, props) : plain(node)) as Props & { labels: string[] };
  p.label = nodeLabels.find((l) => p.labels.includes(l)) ?? 'Source';
  p.aliases ??= [];
  p.sourceIds ??= [];
  p.quotes ??= [];
  return p as unknown as EntityObject;
}

/** A relationship map `{rel: r {.*, type: type(r)}, start: a {…}, end: b {…}}` as an edge. */
export function toEdge(row: { rel: Props; start: Props; end: Props }, props?: readonly string[]): EdgeObject {
  return toEdgeFrom(plain(row.rel) as Props, toEntity(row.start, props), toEntity(row.end, props));
}

/** An edge from a relationship projected for a selection (see unprojectRel), between its ends. */
export function projectedEdge(raw: Props, props: readonly string[] | null, start: EntityObject, end: EntityObject): EdgeObject {
  return toEdgeFrom(unprojectRel(raw, props), start, end);
}

/** An edge from a relationship already made plain (plain() or unprojectRel(), a new map), between its ends. */
export function toEdgeFrom(r: Props, from: EntityObject, to: EntityObject): EdgeObject {
  // `r` is a new plain map (plain() or unprojectRel()): completed in place. Its stored dates `from`/`to` become
  // validFrom/validTo before the ends take those names.
  r.validFrom = r.from;
  r.validTo = r.to;
  r.from = from;
  r.to = to;
  r.sourceIds ??= [];
  r.quotes ??= [];
  return r as EdgeObject;
}

/** Opaque offset cursors: base64 of "offset:N". */
export const cursorAt = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
/** Offsets past this are no cursor this API gave out (and Neo4j's SKIP would fail on them). */
export const MAX_OFFSET = 1_000_000;
export function offsetAfter(after: string | null | undefined): number | undefined {
  if (after == null) return 0;
  if (after.length > 40) return undefined;
  const m = /^offset:(\d{1,7})$/.exec(Buffer.from(after, 'base64url').toString());
  const offset = m ? Number(m[1]) : Infinity;
  return offset < MAX_OFFSET ? offset + 1 : undefined;
}

export function connection<T>(items: T[], offset: number, totalCount: number) {
  const edges = items.map((node, i) => ({ cursor: cursorAt(offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
