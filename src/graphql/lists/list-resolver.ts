// The resolver every kind's list shares: where (model-typed) + fixed extra conditions of older arguments,
// sort, Relay paging both ways, and the selection's projection (only the selected properties leave Neo4j), with
// the nested levels folded in.
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeLabel } from '../../model/model.js';
import type { Context } from '../context.js';
import { foldInto, foldPlan, unfold } from '../fold.js';
import { requireFound } from '../errors.js';
import type { Props } from '../records.js';
import { listCypher, sortKeys, type SortKey } from './list-query.js';
import { pageConnection, pageParams, type PageArgs } from './paging.js';
import { nodePredicate, Params } from './where.js';

export interface ListArgs extends PageArgs {
  where?: Record<string, unknown> | null;
  sort?: Record<string, unknown>[] | null;
}

/** A condition an older argument adds: fixed Cypher on `n` with its own named parameters (never w0, w1, …). */
export interface ExtraCondition {
  cypher: string;
  params: Record<string, unknown>;
  /**
   * The same condition as a pattern that binds `n` from the one entity it names, so the list starts there instead
   * of testing every node of the kind (the claims about a group: 29 claims read, not all of them).
   */
  anchor?: string;
}

export async function runList(
  label: NodeLabel,
  a: ListArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
  options: { extra?: ExtraCondition[]; defaultSort?: SortKey[]; required?: string[] } = {},
) {
  const p = new Params('where');
  const extra = options.extra ?? [];
  // One anchored condition is matched as the list's pattern; the others stay conditions on it.
  const anchor = extra.find((e) => e.anchor);
  const conditions = [nodePredicate(p, label, 'n', a.where), ...extra.filter((e) => e !== anchor).map((e) => e.cypher)].filter((c) => c !== 'true');
  const predicate = conditions.length ? conditions.map((c) => `(${c})`).join(' AND ') : 'true';
  const keys = a.sort?.length ? sortKeys(label, a.sort) : (options.defaultSort ?? [{ field: 'name', direction: 'ASC' }]);
  const page = pageParams(a);
  // The page's entities with what the request selects below them folded in (fold.ts): one statement.
  const plan = foldPlan(ctx, info, ['edges', 'node']);
  const q = foldInto(listCypher(label, predicate, keys, anchor?.anchor), 'x', plan);
  const extraParams = Object.assign({}, ...extra.map((e) => e.params));
  const r = await ctx.read(q.text, { ...extraParams, ...p.values, ...page, ...q.params, props: plan.props, required: options.required ?? [] });
  const row = r.records[0]!;
  requireFound(row.get('missing') as string[]);
  return pageConnection(
    (row.get('page') as Props[]).map((x) => unfold(plan, x)),
    row.get('start') as number,
    row.get('totalCount') as number,
  );
}

/** Query.<kind list>: the generic resolver of a kind with no older arguments. */
export const listResolver = (label: NodeLabel) => (_: unknown, a: ListArgs, ctx: Context, info: GraphQLResolveInfo) => runList(label, a, ctx, info);
