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
import { propsForFields } from '../model/field-needs.js';

// Items of a list share their field nodes, so one parse serves them all; keyed per request by its variables.
const parsed = new WeakMap<object, WeakMap<object, ResolveTree | null>>();

function treeOf(info: GraphQLResolveInfo): ResolveTree | null {
  const vars = (info.variableValues ?? {}) as object;
  let perRequest = parsed.get(vars);
  if (!perRequest) parsed.set(vars, (perRequest = new WeakMap()));
  const key = info.fieldNodes as unknown as object;
  if (!perRequest.has(key)) perRequest.set(key, (parseResolveInfo(info) as ResolveTree | null) ?? null);
  return perRequest.get(key)!;
}

const children = (t: ResolveTree) => Object.values(t.fieldsByTypeName).flatMap((byAlias) => Object.values(byAlias));

/** The selections at `path` (field names, aliases ignored) below the field being resolved, over every type condition. */
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): ResolveTree[] {
  const root = treeOf(info);
  let level = root ? [root] : [];
  for (const name of path) level = level.flatMap(children).filter((f) => f.name === name);
  return level;
}

/** The field names selected at each path, on any type. */
export function fieldsAt(info: GraphQLResolveInfo, ...paths: (readonly string[])[]): Set<string> {
  return new Set(
    paths
      .flatMap((p) => selectionsAt(info, p))
      .flatMap(children)
      .map((f) => f.name),
  );
}

/** The stored properties the entities at these paths need (the field itself when no path is given). */
export function entityProps(info: GraphQLResolveInfo, ...paths: (readonly string[])[]): string[] {
  return propsForFields(fieldsAt(info, ...(paths.length ? paths : [[]])));
}
