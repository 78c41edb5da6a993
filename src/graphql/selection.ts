// The selection walker: which stored properties a request needs at some place below the field being resolved,
// so each statement projects only those (bytes over Bolt scale with the answer, not with the stored maps).
//
// How to use it in a resolver (the field names -> properties map is src/model/field-needs.ts):
//   const props = entityProps(info, ['edges', 'node']);          // entities at edges.node of this field
//   const props = entityProps(info, ['edges', 'node', 'from'], ['edges', 'node', 'to']);  // union of places
//   ctx.read(cypher('queries/x'), { ...params, props })          // Cypher: `{labels: labels(n), values: [k IN $props | n[k]]}`
//   toEntity(row, props)                                         // records.ts zips values back into an entity
// Fragments, inline fragments on the Entity kinds, aliases and @skip/@include are handled by
// graphql-parse-resolve-info (a well-kept library, rather than re-implementing GraphQL's field collection).
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { LRUCache } from 'lru-cache';
import { propsForFields } from '../model/field-needs.js';

// A request's selection is parsed once per field, not once per item, and kept across requests: Yoga's parser cache
// gives a repeated query the same document, so the same field nodes with the same variables are the same tree (the
// walk and the plans built on it, fold.ts, were a tenth of the API's CPU on a request of 54 edges). Keyed by the
// field nodes (weakly: gone with the document) and the variables' JSON, at most VARIANTS variable sets each.
// Trees made from large variables are kept for their request only.
const VARIANTS = 16;
/** Variables longer than this (as JSON) are not kept: a request may carry megabytes of them. */
const MAX_KEPT_VARIABLES = 4_096;
const oncePerRequest = new WeakMap<object, WeakMap<object, ResolveTree | null>>();
interface Parsed {
  nodes: GraphQLResolveInfo['fieldNodes'];
  parentType: GraphQLResolveInfo['parentType'];
  byVariables: LRUCache<string, { tree: ResolveTree | null }>;
}
const parsed = new WeakMap<object, Parsed[]>();
const variablesKey = new WeakMap<object, string>();

function treeOf(info: GraphQLResolveInfo): ResolveTree | null {
  const vars = (info.variableValues ?? {}) as object;
  let key = variablesKey.get(vars);
  if (key === undefined) variablesKey.set(vars, (key = JSON.stringify(vars)));
  if (key.length > MAX_KEPT_VARIABLES) return uncachedTree(info);
  // The same field node may be merged with different siblings (a fragment used twice): the whole list must match.
  const candidates = parsed.get(info.fieldNodes[0]!) ?? [];
  let entry = candidates.find(
    (c) => c.parentType === info.parentType && c.nodes.length === info.fieldNodes.length && c.nodes.every((n, i) => n === info.fieldNodes[i]),
  );
  if (!entry) {
    entry = { nodes: info.fieldNodes, parentType: info.parentType, byVariables: new LRUCache({ max: VARIANTS }) };
    parsed.set(info.fieldNodes[0]!, [...candidates, entry]);
  }
  let kept = entry.byVariables.get(key);
  if (!kept) entry.byVariables.set(key, (kept = { tree: (parseResolveInfo(info) as ResolveTree | null) ?? null }));
  return kept.tree;
}

function uncachedTree(info: GraphQLResolveInfo): ResolveTree | null {
  // Large variables are not kept as keys: the same tree for the rest of this request only.
  const vars = (info.variableValues ?? {}) as object;
  let perRequest = oncePerRequest.get(vars);
  if (!perRequest) oncePerRequest.set(vars, (perRequest = new WeakMap()));
  const key = info.fieldNodes as unknown as object;
  if (!perRequest.has(key)) perRequest.set(key, (parseResolveInfo(info) as ResolveTree | null) ?? null);
  return perRequest.get(key)!;
}

/**
 * What `derive` makes of the selection below the field being resolved, made once per selection (see treeOf) and
 * kept with it: `key` names what is derived and from which of its own inputs. The value is shared; never change it.
 */
const derived = new WeakMap<ResolveTree, Map<string, unknown>>();
export function fromSelection<T>(info: GraphQLResolveInfo, key: string, derive: () => T): T {
  const tree = treeOf(info);
  if (!tree) return derive();
  let kept = derived.get(tree);
  if (!kept) derived.set(tree, (kept = new Map()));
  if (!kept.has(key)) kept.set(key, derive());
  return kept.get(key) as T;
}

const children = (t: ResolveTree) => Object.values(t.fieldsByTypeName).flatMap((byAlias) => Object.values(byAlias));

/** The selections at `path` (field names, aliases ignored) below the field being resolved, over every type condition. */
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): ResolveTree[] {
  const root = treeOf(info);
  let level = root ? [root] : [];
  for (const name of path) level = level.flatMap(children).filter((f) => f.name === name);
  return level;
}

/** The field names selected at each path, on any type (kept with the selection: do not change the set). */
export function fieldsAt(info: GraphQLResolveInfo, ...paths: (readonly string[])[]): ReadonlySet<string> {
  return fromSelection(
    info,
    `fields ${JSON.stringify(paths)}`,
    () =>
      new Set(
        paths
          .flatMap((p) => selectionsAt(info, p))
          .flatMap(children)
          .map((f) => f.name),
      ),
  );
}

/** The stored properties the entities at these paths need (the field itself when no path is given; kept, as fieldsAt). */
export function entityProps(info: GraphQLResolveInfo, ...paths: (readonly string[])[]): readonly string[] {
  return fromSelection(info, `props ${JSON.stringify(paths)}`, () => propsForFields(fieldsAt(info, ...(paths.length ? paths : [[]]))));
}
