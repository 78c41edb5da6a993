// Query.entity: one entity by id, or null; only the selected properties are read.
import type { GraphQLResolveInfo } from 'graphql';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { entityProps } from '../selection.js';

export const entity = (_: unknown, a: { id: string }, ctx: Context, info: GraphQLResolveInfo) =>
  ctx.entitiesWith.load({ id: check('id', args.id, a.id), props: entityProps(info) });
