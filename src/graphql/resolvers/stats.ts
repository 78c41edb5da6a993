// Query.stats: counts per label and relationship type.
import { cypher } from '../../db/cypher-files.js';
import type { Context } from '../context.js';

export async function stats(_: unknown, __: unknown, ctx: Context) {
  const r = await ctx.read(cypher('queries/stats'));
  return r.records[0]!.toObject();
}
