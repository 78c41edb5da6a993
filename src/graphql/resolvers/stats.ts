// Query.stats: counts per label and relationship type.
import { cypher } from '../../db/cypher-files.js';
import type { Context } from '../context.js';

export async function stats(_: unknown, __: unknown, ctx: Context) {
  const r = await ctx.read(cypher('queries/stats'));
  return r.records[0]!.toObject();
}

/** Stats.distinctAttacks: read only when asked, so the count-store answer of `stats` stays one statement. */
export async function distinctAttacks(_: unknown, __: unknown, ctx: Context) {
  const r = await ctx.read(cypher('queries/distinct-attacks'));
  return r.records[0]!.get('distinctAttacks') as number;
}
