// Query.claims: who claimed what, newest first; makers and subjects come batched (Claim fields).
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import { afterArg, args, check } from '../args.js';
import type { Context } from '../context.js';
import { requireEntities } from '../errors.js';
import { connection, toEntity, type Props } from '../records.js';
import { entityProps } from '../selection.js';

export async function claims(
  _: unknown,
  a: { about?: string | null; madeBy?: string | null; first: number; after?: string | null },
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  const params = {
    about: check('about', args.id.nullish(), a.about) ?? null,
    madeBy: check('madeBy', args.id.nullish(), a.madeBy) ?? null,
    first: check('first', args.first, a.first),
    offset: afterArg(a.after),
    props: entityProps(info, ['edges', 'node']),
  };
  await requireEntities(ctx, { about: params.about, madeBy: params.madeBy });
  const r = await ctx.read(cypher('queries/claims'), params);
  const row = r.records[0]!;
  return connection(
    (row.get('page') as Props[]).map((c) => toEntity(c, params.props)),
    params.offset,
    row.get('totalCount') as number,
  );
}
