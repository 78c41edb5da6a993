// Query.paths: shortest paths, or all paths up to a bound, each step readable as a sentence.
import { cypher } from '../../db/cypher-files.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { plain, toEntity, type EdgeObject, type EntityObject, type Props } from '../records.js';
import { edgeSentence } from '../sentences.js';

interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  shortestOnly: boolean;
  types?: string[] | null;
  first: number;
}

export async function paths(_: unknown, a: PathsArgs, ctx: Context) {
  const params = {
    from: check('from', args.id, a.from),
    to: check('to', args.id, a.to),
    maxLength: check('maxLength', args.maxLength, a.maxLength),
    types: check('types', args.types, a.types) ?? null,
    first: check('first', args.first, a.first),
  };
  const [start, end] = await ctx.entities.loadMany([params.from, params.to]);
  if (!start || start instanceof Error) throw notFound(params.from);
  if (!end || end instanceof Error) throw notFound(params.to);
  if (params.from === params.to) return [];
  const r = await ctx.read(cypher(a.shortestOnly ? 'queries/paths-shortest' : 'queries/paths-all'), params);
  return r.records.map((rec) => {
    const nodes = (rec.get('nodes') as Props[]).map(toEntity);
    // Each relationship joins nodes i and i+1; which end it starts at tells its direction.
    const rels = (rec.get('rels') as (Props & { startId: string })[]).map((rel, i) => {
      const [a, b] = [nodes[i]!, nodes[i + 1]!];
      return rel.startId === a.id ? edgeBetween(rel, a, b) : edgeBetween(rel, b, a);
    });
    const steps = rels.map((edge, i) => ({ from: nodes[i]!, edge, to: nodes[i + 1]!, sentence: edgeSentence(edge) }));
    return { length: steps.length, steps };
  });
}

function edgeBetween(rel: Props, start: EntityObject, end: EntityObject): EdgeObject {
  const r = plain(rel) as Props;
  return {
    ...r,
    id: r.id as string,
    type: r.type as string,
    from: start,
    to: end,
    validFrom: r.from as string | undefined,
    validTo: r.to as string | undefined,
    sourceIds: (r.sourceIds as string[]) ?? [],
    quotes: (r.quotes as string[]) ?? [],
  };
}
