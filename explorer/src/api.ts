// The explorer's only way to the data: the public GraphQL API, with the operations from operations/*.graphql.
import claimsDoc from './operations/claims.graphql?raw';
import entityDoc from './operations/entity.graphql?raw';
import exportLinksDoc from './operations/export-links.graphql?raw';
import leadershipDoc from './operations/leadership.graphql?raw';
import neighborhoodDoc from './operations/neighborhood.graphql?raw';
import pathsDoc from './operations/paths.graphql?raw';
import relationshipsDoc from './operations/relationships.graphql?raw';
import searchDoc from './operations/search.graphql?raw';
import type { ClaimT, EdgeT, EntityT, PathSearchT, SearchHitT, SubgraphT, TenureT } from './types';

export class ApiError extends Error {}

const cache = new Map<string, Promise<unknown>>();

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`HTTP ${res.status}`);
  return body.data;
}

/** Same question, same answer within a page's life: the graph and the lists share fetched relationships. */
function cached<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const key = query.length + JSON.stringify(variables) + query.slice(0, 40);
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = post<T>(query, variables);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

export const search = (text: string) => post<{ search: SearchHitT[] }>(searchDoc, { text, first: 8 }).then((d) => d.search);

export const entity = (id: string) => cached<{ entity: EntityT | null }>(entityDoc, { id }).then((d) => d.entity);

export const claimsAbout = (about: string) =>
  cached<{ claims: { edges: { node: ClaimT }[] } }>(claimsDoc, { about }).then((d) => d.claims.edges.map((e) => e.node));

export const leadership = (groupId: string) => cached<{ leadership: TenureT[] }>(leadershipDoc, { groupId }).then((d) => d.leadership);

export const pathSearch = (from: string, to: string) => cached<{ pathSearch: PathSearchT }>(pathsDoc, { from, to }).then((d) => d.pathSearch);

export const neighborhood = (id: string, depth: number, limit: number, asOf?: string, knownOnly = false) =>
  cached<{ neighborhood: SubgraphT }>(neighborhoodDoc, { id, depth, limit, asOf: asOf ?? null, uncertain: !knownOnly }).then((d) => d.neighborhood);

export interface ExportLinkT {
  url: string;
  fileName: string;
}
export type ExportLinksT = Record<'stix' | 'graphml' | 'cypher', ExportLinkT>;

/** The view's download links: a path result when both ends are set, else the entity's neighbourhood. */
export const exportLinks = (scope: { neighborhoodOf?: string; depth?: number; pathFrom?: string; pathTo?: string }) =>
  cached<ExportLinksT>(exportLinksDoc, { neighborhoodOf: null, depth: null, pathFrom: null, pathTo: null, ...scope });

interface RelPage {
  entity: { relationships: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: EdgeT }[] } } | null;
}

/** Every relationship of an entity as of a date (with those that only may hold, unless knownOnly), following the pages (at most 10 of 100). */
export function relationships(id: string, asOf?: string, knownOnly = false): Promise<EdgeT[]> {
  const key = `rels:${id}:${asOf ?? ''}:${knownOnly}`;
  let hit = cache.get(key) as Promise<EdgeT[]> | undefined;
  if (!hit) {
    hit = (async () => {
      const all: EdgeT[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const d: RelPage = await post<RelPage>(relationshipsDoc, { id, asOf: asOf ?? null, uncertain: !knownOnly, after });
        if (!d.entity) throw new ApiError(`No entity ${id}`);
        all.push(...d.entity.relationships.edges.map((e) => e.node));
        if (!d.entity.relationships.pageInfo.hasNextPage) break;
        after = d.entity.relationships.pageInfo.endCursor;
      }
      return all;
    })();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}
