// Query.leadership: a group's leaders in order, each tenure and leader read for the fields the request selected.
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import { relPropsFor } from '../../model/field-needs.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { toEntity, unprojectRel, type Props } from '../records.js';
import { entityProps, fieldsAt } from '../selection.js';

// A tenure's from/to are the stored dates an edge calls validFrom/validTo (an edge's from/to are its ends).
const asEdgeField: Record<string, string> = { from: 'validFrom', to: 'validTo' };

export async function leadership(_: unknown, a: { groupId: string }, ctx: Context, info: GraphQLResolveInfo) {
  const groupId = check('groupId', args.id, a.groupId);
  const props = entityProps(info, ['person']);
  const relProps = relPropsFor([...fieldsAt(info, [])].map((f) => asEdgeField[f] ?? f));
  const r = await ctx.read(cypher('queries/leadership'), { groupId, props, relProps });
  const row = r.records[0]!;
  if (!row.get('found')) throw notFound(groupId);
  return (row.get('tenures') as { rel: Props; person: Props }[]).map(({ rel, person }) => {
    const e = unprojectRel(rel, relProps);
    e.person = toEntity(person, props);
    return e;
  });
}
