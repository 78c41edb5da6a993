// Query.claims: who claimed what, newest first (undated last); filters by subjects, makers, assessment and
// statement text beside the model-typed `where`. Makers and subjects come batched (Claim fields).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { runList, type ListArgs } from '../lists/list-resolver.js';
import { claimConditions, type ClaimFilterArgs } from '../lists/older-arguments.js';

export async function claims(_: unknown, a: ClaimFilterArgs & ListArgs, ctx: Context, info: GraphQLResolveInfo) {
  const { extra, ids } = claimConditions(a);
  // The named entities are checked by the list's own statement (its `missing` column).
  return runList('Claim', a, ctx, info, { extra, defaultSort: [{ field: 'date', direction: 'DESC' }], required: ids });
}
