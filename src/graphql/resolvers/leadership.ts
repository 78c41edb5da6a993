// Query.leadership: a group's leaders in order.
import { cypher } from '../../db/cypher-files.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { plain, toEntity, type Props } from '../records.js';

export async function leadership(_: unknown, a: { groupId: string }, ctx: Context) {
  const groupId = check('groupId', args.id, a.groupId);
  const r = await ctx.read(cypher('queries/leadership'), { groupId });
  const row = r.records[0]!;
  if (!row.get('found')) throw notFound(groupId);
  return (row.get('tenures') as { rel: Props; person: Props }[]).map(({ rel, person }) => {
    const e = plain(rel) as Props;
    return { ...e, person: toEntity(person) };
  });
}
