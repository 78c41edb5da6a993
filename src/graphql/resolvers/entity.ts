// Query.entity: one entity by id, or null; only the selected properties are read. With nested fields selected
// (relationships, perpetrators, …) they come folded into the same statement; else the batch loader serves it.
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { foldInto, foldPlan, unfold } from '../fold.js';
import type { Props } from '../records.js';

export async function entity(_: unknown, a: { id: string }, ctx: Context, info: GraphQLResolveInfo) {
  const id = check('id', args.id, a.id);
  const plan = foldPlan(ctx, info, []);
  if (plan.links.length === 0) return ctx.entitiesWith.load({ id, props: plan.props });
  const q = foldInto(cypher('queries/entity'), 'n', plan);
  const r = await ctx.read(q.text, { ...q.params, id, props: plan.props });
  const node = r.records[0]?.get('node') as Props | undefined;
  return node ? unfold(plan, node) : null;
}
