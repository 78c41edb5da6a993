// Query.leadership: a group's leaders in order.
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { plain, toEntity, type Props } from '../records.js';
import { entityProps } from '../selection.js';

export async function leadership(_: unknown, a: { groupId: string }, ctx: Context, info: GraphQLResolveInfo) {
  const groupId = check('groupId', args.id, a.groupId);
  const props = entityProps(info, ['person']);
  const r = await ctx.read(cypher('queries/leadership'), { groupId, props });
  const row = r.records[0]!;
  if (!row.get('found')) throw notFound(groupId);
  return (row.get('tenures') as { rel: Props; person: Props }[]).map(({ rel, person }) => {
    const e = plain(rel) as Props;
    return { ...e, person: toEntity(person, props) };
  });
}
