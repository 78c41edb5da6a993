// Query.paths: shortest paths, or all paths up to a bound, each step readable as a sentence.
import { pathsStatement } from '../../db/path-statements.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { edgeBetween, toEntity, type Props } from '../records.js';
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
  const r = await ctx.read(pathsStatement(a.shortestOnly, params.maxLength), params);
  const row = r.records[0]!;
  if (!row.get('fromFound')) throw notFound(params.from);
  if (!row.get('toFound')) throw notFound(params.to);
  // Each relationship names its start by the id the loader keeps on it (startId), so a step knows its direction.
  return (row.get('paths') as { nodes: Props[]; rels: (Props & { startId: string })[] }[]).map((path) => {
    const nodes = path.nodes.map((n) => toEntity(n));
    // Relationship i joins nodes i and i+1; the end it starts at gives its direction.
    const steps = path.rels.map((rel, i) => {
      const [here, next] = [nodes[i]!, nodes[i + 1]!];
      const edge = rel.startId === here.id ? edgeBetween(rel, here, next) : edgeBetween(rel, next, here);
      return { from: here, edge, to: next, sentence: edgeSentence(edge) };
    });
    return { length: steps.length, steps };
  });
}
