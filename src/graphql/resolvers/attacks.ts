// Query.attacks: filtered, sorted, paged; casualty figures and perpetrators come batched (Attack fields).
// With only the older arguments (filter, orderBy, first/after) it runs cypher/queries/attacks.cypher as before;
// with where, sort, last or before it runs the generic list (src/graphql/lists), the older filter included.
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { cypher } from '../../db/cypher-files.js';
import { DATE_SCAN, HUB_DEGREE } from '../../db/statement-params.js';
import { afterArg, args, check, dateRangeArgs } from '../args.js';
import type { Context } from '../context.js';
import { requireFound } from '../errors.js';
import { foldInto, foldPlan, unfold } from '../fold.js';
import { connection, type Props } from '../records.js';
import { fieldsAt } from '../selection.js';
import { runList, type ListArgs } from '../lists/list-resolver.js';
import { attackFilterConditions, attackOrder, type AttackFilter } from '../lists/older-arguments.js';

export async function attacks(_: unknown, a: { filter?: AttackFilter | null; orderBy: string } & ListArgs, ctx: Context, info: GraphQLResolveInfo) {
  const f = a.filter ?? {};
  if (a.where || a.sort || a.last != null || a.before != null) {
    const { extra, ids } = attackFilterConditions(f);
    return runList('Attack', a, ctx, info, { extra, defaultSort: attackOrder(a.orderBy), required: Object.values(ids).filter((x): x is string => x != null) });
  }
  const optionalId = args.id.nullish();
  const params = {
    perpetrator: check('filter.perpetrator', optionalId, f.perpetrator) ?? null,
    attribution: f.attribution?.map((x) => x.toLowerCase()) ?? null,
    place: check('filter.place', optionalId, f.place) ?? null,
    target: check('filter.target', optionalId, f.target) ?? null,
    ...dateRangeArgs('filter.from', f.from, 'filter.to', f.to),
    minKilled: check('filter.minKilled', args.minKilled, f.minKilled) ?? null,
    order: check('orderBy', z.enum(['DATE_ASC', 'DATE_DESC', 'KILLED_DESC']), a.orderBy),
    first: check('first', args.first, a.first ?? 20),
    offset: afterArg(a.after),
  };
  // Perpetrators, places, figures, … selected below come folded into the one statement (fold.ts), which also
  // says which of the named entities do not exist.
  const plan = foldPlan(ctx, info, ['edges', 'node']);
  const q = foldInto(cypher('queries/attacks'), 'a', plan);
  const required = [params.perpetrator, params.place, params.target].filter((x): x is string => x != null);
  // The count costs a sort of every match; asked for only when the request reads it.
  const selected = fieldsAt(info, []);
  const counted = selected.has('totalCount') || selected.has('pageInfo');
  const r = await ctx.read(q.text, { ...params, ...q.params, props: plan.props, required, counted, walk: HUB_DEGREE, scan: DATE_SCAN });
  const row = r.records[0]!;
  requireFound(row.get('missing') as string[]);
  const page = (row.get('page') as Props[]).map((p) => unfold(plan, p));
  return connection(page, params.offset, counted ? (row.get('totalCount') as number) : params.offset + page.length);
}
