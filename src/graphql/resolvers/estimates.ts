// Query.estimates: strength figures over time.
import { cypher } from '../../db/cypher-files.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { requireEntities } from '../errors.js';
import { toEntity, type Props } from '../records.js';

export async function estimates(_: unknown, a: { about?: string | null }, ctx: Context) {
  const about = check('about', args.id.nullish(), a.about) ?? null;
  await requireEntities(ctx, { about });
  const r = await ctx.read(cypher('queries/estimates'), { about });
  return r.records.map((rec) => toEntity(rec.get('node') as Props));
}
