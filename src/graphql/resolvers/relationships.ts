// Entity.relationships: a Relay connection; folded into the root's statement where the root did so (fold.ts),
// else batched across all entities of a list (one query per level).
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import type { Context } from '../context.js';
import { foldedAt, type FoldedPage } from '../fold.js';
import { hubPage, hubPageable, hubPageFromKept, hubPageKept } from '../hub-pages.js';
import { connection, toEdge, type EdgeObject, type EntityObject, type Props } from '../records.js';
import { entityProps, fieldsAt } from '../selection.js';
import { withSentenceNeeds } from '../sentences.js';
import { relationshipParams, type RelationshipArgs } from './relationship-params.js';

/** Edge.sentence reads both ends' names and a claim's assessment, whether or not `from`/`to` select them. */
const endProps = (info: GraphQLResolveInfo, props: readonly string[]) => withSentenceNeeds(props, fieldsAt(info, ['edges', 'node']).has('sentence'));

// Not async: a folded page is answered as a plain value (no promise per entity for GraphQL to wait on).
export function relationships(parent: EntityObject, a: RelationshipArgs, ctx: Context, info: GraphQLResolveInfo) {
  const valid = relationshipParams(a);
  // Each edge remembers the day it was asked for, so Edge.asOfCertainty can say KNOWN or UNCERTAIN.
  const answer = ({ totalCount, page }: FoldedPage) => connection(a.asOf ? page.map((e) => ({ ...e, asOf: a.asOf })) : page, valid.offset, totalCount);
  const folded = foldedAt<FoldedPage>(parent, info);
  if (folded) return answer(folded);
  const params = {
    ...valid,
    // Both ends of every edge, projected to what `from { … }` and `to { … }` select together.
    props: endProps(info, entityProps(info, ['edges', 'node', 'from'], ['edges', 'node', 'to'])),
  };
  const key = JSON.stringify({ ...params, asOf: a.asOf ?? null });
  let loader = ctx.relationshipLoaders.get(key);
  if (!loader) {
    const pageable = hubPageable(params);
    // The walk for most nodes; a hub (flagged by the statement) from the page indexes, or from its kept keys.
    const load = async (ids: readonly string[]): Promise<Map<string, FoldedPage>> => {
      const byId = new Map<string, FoldedPage>();
      const walk = async (of: readonly string[]) => {
        const r = await ctx.read(cypher('queries/relationships'), { ...params, ids: of, hub: ctx.hubPageDegree, pageable });
        const hubs: string[] = [];
        for (const rec of r.records) {
          const id = rec.get('id') as string;
          if (rec.get('hub')) hubs.push(id);
          else {
            const page = (rec.get('page') as { rel: Props; start: Props; end: Props }[]).map((e) => toEdge(e, params.props));
            byId.set(id, { totalCount: rec.get('totalCount') as number, page });
          }
        }
        for (const [i, page] of (await Promise.all(hubs.map((id) => hubPage(ctx, id, params)))).entries()) byId.set(hubs[i]!, page);
      };
      // Kept pages are read beside the walk of the rest; those written since they were kept are walked after.
      const kept = pageable ? ids.filter((id) => hubPageKept(ctx, id, params)) : [];
      const rest = ids.filter((id) => !kept.includes(id));
      const [fromKept] = await Promise.all([Promise.all(kept.map((id) => hubPageFromKept(ctx, id, params))), rest.length ? walk(rest) : undefined]);
      for (const [i, page] of fromKept.entries()) if (page) byId.set(kept[i]!, page);
      const stale = kept.filter((id) => !byId.has(id));
      if (stale.length) await walk(stale);
      return byId;
    };
    loader = new DataLoader(async (ids: readonly string[]) => {
      const byId = await load(ids);
      return ids.map((id) => byId.get(id) ?? { totalCount: 0, page: [] as EdgeObject[] });
    });
    ctx.relationshipLoaders.set(key, loader);
  }
  return loader.load(parent.id).then(answer);
}
