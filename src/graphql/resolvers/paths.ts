// Query.paths and Query.pathSearch: shortest paths (a budgeted search, src/db/path-search.ts), or all paths up to a
// bound, each step readable as a sentence.
import { createGraphQLError } from 'graphql-yoga';
import { searchShortestPaths, stoppedMessage } from '../../db/path-search.js';
import { allPathsStatement } from '../../db/path-statements.js';
import { LIMITS, args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { edgeBetween, toEntity, type Props } from '../records.js';
import { edgeSentence } from '../sentences.js';

interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  shortestOnly?: boolean;
  types?: string[] | null;
  first: number;
  budget: number;
}

type Rel = Props & { startId: string };

const checked = (a: PathsArgs) => ({
  from: check('from', args.id, a.from),
  to: check('to', args.id, a.to),
  maxLength: check('maxLength', args.maxLength, a.maxLength),
  types: check('types', args.types, a.types) ?? null,
  first: check('first', args.first, a.first),
});

export async function paths(_: unknown, a: PathsArgs, ctx: Context) {
  if (a.shortestOnly === false) return allPaths(checked(a), ctx);
  const search = await shortest(a, ctx);
  if (search.stopped) {
    throw createGraphQLError(`${stoppedMessage(search)} Raise budget (at most ${LIMITS.budget[1].toLocaleString('en')}), narrow types, or ask pathSearch.`, {
      extensions: { code: 'SEARCH_BUDGET_EXCEEDED', budget: search.budget, expanded: search.expanded, searchedLength: search.searchedLength },
    });
  }
  return search.paths;
}

export async function pathSearch(_: unknown, a: PathsArgs, ctx: Context) {
  return shortest(a, ctx);
}

async function shortest(a: PathsArgs, ctx: Context) {
  const params = { ...checked(a), budget: check('budget', args.budget, a.budget) };
  const search = await searchShortestPaths(ctx.read, params);
  if (!search.fromFound) throw notFound(params.from);
  if (!search.toFound) throw notFound(params.to);
  return { ...search, paths: search.paths.map((p) => toPath(p.nodes, p.rels)) };
}

/** All paths up to maxLength, shortest first, no entity twice: one Cypher statement (SHORTEST 100, bounded by maxLength). */
async function allPaths(params: ReturnType<typeof checked>, ctx: Context) {
  const r = await ctx.read(allPathsStatement(params.maxLength), params);
  const row = r.records[0]!;
  if (!row.get('fromFound')) throw notFound(params.from);
  if (!row.get('toFound')) throw notFound(params.to);
  return (row.get('paths') as { nodes: Props[]; rels: Rel[] }[]).map((path) => toPath(path.nodes, path.rels));
}

function toPath(nodeProps: Props[], rels: Rel[]) {
  const nodes = nodeProps.map((n) => toEntity(n));
  // Relationship i joins nodes i and i+1; the end it starts at (the startId the loader keeps on it) gives its direction.
  const steps = rels.map((rel, i) => {
    const [here, next] = [nodes[i]!, nodes[i + 1]!];
    const edge = rel.startId === here.id ? edgeBetween(rel, here, next) : edgeBetween(rel, next, here);
    return { from: here, edge, to: next, sentence: edgeSentence(edge) };
  });
  return { length: steps.length, steps };
}
