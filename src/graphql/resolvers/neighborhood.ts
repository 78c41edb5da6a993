// Query.neighborhood: the k-hop subgraph around an entity, nodes and edges projected to what the request selects.
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import { HUB_DEGREE } from '../../db/statement-params.js';
import { relPropsFor } from '../../model/field-needs.js';
import { args, check, dateArg } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { projectedEdge, toEntity, type Props } from '../records.js';
import { entityProps, fieldsAt } from '../selection.js';
import { withSentenceNeeds } from '../sentences.js';

interface NeighborhoodArgs {
  id: string;
  depth: number;
  types?: string[] | null;
  asOf?: string | null;
  includeUncertain?: boolean | null;
  limit: number;
}

export async function neighborhood(_: unknown, a: NeighborhoodArgs, ctx: Context, info: GraphQLResolveInfo) {
  const edgeFields = [...fieldsAt(info, ['edges'])];
  // Every node may be an edge's end: the nodes carry what nodes, edges.from and edges.to select, and what sentences read.
  const props = entityProps(info, ['nodes'], ['edges', 'from'], ['edges', 'to']);
  const params = {
    id: check('id', args.id, a.id),
    depth: check('depth', args.depth, a.depth),
    types: check('types', args.types, a.types) ?? null,
    asOf: dateArg('asOf', a.asOf),
    includeUncertain: a.includeUncertain ?? false,
    limit: check('limit', args.limit, a.limit),
    props: withSentenceNeeds(props, edgeFields.includes('sentence')),
    relProps: relPropsFor(edgeFields),
    walk: HUB_DEGREE,
  };
  const r = await ctx.read(cypher('queries/neighborhood'), params);
  const row = r.records[0];
  if (!row) throw notFound(params.id);
  const nodes = (row.get('nodes') as Props[]).map((n) => toEntity(n, params.props));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = (row.get('edges') as { rel: Props; startId: string; endId: string }[]).map((e) =>
    // The day asked for goes with each edge, for Edge.asOfCertainty.
    ({ ...projectedEdge(e.rel, params.relProps, byId.get(e.startId)!, byId.get(e.endId)!), asOf: a.asOf ?? null }),
  );
  return { nodes, edges, truncated: row.get('truncated') as boolean };
}
