// Entity.relationships: a Relay connection; folded into the root's statement where the root did so (fold.ts),
// else batched across all entities of a list (one query per level).
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import type { Context } from '../context.js';
import { foldedAt, type FoldedPage } from '../fold.js';
import { connection, toEdge, type EdgeObject, type EntityObject, type Props } from '../records.js';
import { entityProps, fieldsAt } from '../selection.js';
import { withSentenceNeeds } from '../sentences.js';
import { relationshipParams, type RelationshipArgs } from './relationship-params.js';

/** Edge.sentence reads both ends' names and a claim's assessment, whether or not `from`/`to` select them. */
const endProps = (info: GraphQLResolveInfo, props: string[]) => withSentenceNeeds(props, fieldsAt(info, ['edges', 'node']).has('sentence'));

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
    loader = new DataLoader(async (ids: readonly string[]) => {
      const r = await ctx.read(cypher('queries/relationships'), { ...params, ids });
      const byId = new Map(
        r.records.map((rec) => [
          rec.get('id') as string,
          {
            totalCount: rec.get('totalCount') as number,
            page: (rec.get('page') as { rel: Props; start: Props; end: Props }[]).map((e) => toEdge(e, params.props)),
          },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? { totalCount: 0, page: [] as EdgeObject[] });
    });
    ctx.relationshipLoaders.set(key, loader);
  }
  return loader.load(parent.id).then(answer);
}
