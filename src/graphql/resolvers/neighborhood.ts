// Query.neighborhood: the k-hop subgraph around an entity.
import { cypher } from '../../db/cypher-files.js';
import { args, check, dateArg } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { edgeBetween, toEntity, type Props } from '../records.js';

interface NeighborhoodArgs {
  id: string;
  depth: number;
  types?: string[] | null;
  asOf?: string | null;
  includeUncertain?: boolean | null;
  limit: number;
}

export async function neighborhood(_: unknown, a: NeighborhoodArgs, ctx: Context) {
  const params = {
    id: check('id', args.id, a.id),
    depth: check('depth', args.depth, a.depth),
    types: check('types', args.types, a.types) ?? null,
    asOf: dateArg('asOf', a.asOf),
    includeUncertain: a.includeUncertain ?? false,
    limit: check('limit', args.limit, a.limit),
  };
  const r = await ctx.read(cypher('queries/neighborhood'), params);
  const row = r.records[0];
  if (!row) throw notFound(params.id);
  const nodes = (row.get('nodes') as Props[]).map((n) => toEntity(n));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = (row.get('edges') as (Props & { startId: string; endId: string })[]).map((rel) =>
    // The day asked for goes with each edge, for Edge.asOfCertainty.
    ({ ...edgeBetween(rel, byId.get(rel.startId)!, byId.get(rel.endId)!), asOf: a.asOf ?? null }),
  );
  return { nodes, edges, truncated: row.get('truncated') as boolean };
}
