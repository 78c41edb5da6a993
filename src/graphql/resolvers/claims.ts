// Query.claims: who claimed what, newest first (undated last); filters by subjects, makers, assessment and
// statement text beside the model-typed `where`. Makers and subjects come batched (Claim fields).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { requireEntities } from '../errors.js';
import { runList, type ListArgs } from '../lists/list-resolver.js';
import { claimConditions, type ClaimFilterArgs } from '../lists/older-arguments.js';

export async function claims(_: unknown, a: ClaimFilterArgs & ListArgs, ctx: Context, info: GraphQLResolveInfo) {
  const { extra, ids } = claimConditions(a);
  // The named entities are checked while the list runs, not before it.
  const [, answer] = await Promise.all([
    requireEntities(ctx, Object.fromEntries(ids.map((id, i) => [String(i), id]))),
    runList('Claim', a, ctx, info, { extra, defaultSort: [{ field: 'date', direction: 'DESC' }] }),
  ]);
  return answer;
}
