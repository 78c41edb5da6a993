// Query.designations: which authority designated which group, as what, when.
import { cypher } from '../../db/cypher-files.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { requireEntities } from '../errors.js';
import { toEdge, type Props } from '../records.js';

export async function designations(_: unknown, a: { groupId?: string | null }, ctx: Context) {
  const groupId = check('groupId', args.id.nullish(), a.groupId) ?? null;
  await requireEntities(ctx, { groupId });
  const r = await ctx.read(cypher('queries/designations'), { groupId });
  return r.records.map((rec) => {
    const edge = toEdge(rec.toObject() as { rel: Props; start: Props; end: Props });
    return { ...edge, authority: edge.from, designated: edge.to, date: edge.validFrom ?? null };
  });
}
