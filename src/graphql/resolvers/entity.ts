// Query.entity: one entity by id, or null.
import { args, check } from '../args.js';
import type { Context } from '../context.js';

export const entity = (_: unknown, a: { id: string }, ctx: Context) => ctx.entities.load(check('id', args.id, a.id));
