// Query.paths and Query.pathSearch: shortest paths (a budgeted search, src/db/path-search.ts), or all paths up to a
// bound, each step readable as a sentence.
import type { GraphQLResolveInfo } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { searchShortestPaths, stoppedMessage } from '../../db/path-search.js';
import { allPathsStatement } from '../../db/path-statements.js';
import { LIMITS, args, check } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { relPropsFor } from '../../model/field-needs.js';
import { toEdgeFrom, toEntity, unprojectRel, type EdgeObject, type Props } from '../records.js';
import { entityProps, fieldsAt } from '../selection.js';
import { edgeSentence, withSentenceNeeds } from '../sentences.js';

interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  shortestOnly?: boolean;
  types?: string[] | null;
  first: number;
  budget: number;
}

/** What the paths' steps select (`steps` below the field): the entities' and relationships' properties to read. */
function stepProps(info: GraphQLResolveInfo, steps: readonly string[]) {
  const edge = [...steps, 'edge'];
  const sentence = fieldsAt(info, steps).has('sentence') || fieldsAt(info, edge).has('sentence');
  const props = withSentenceNeeds(entityProps(info, [...steps, 'from'], [...steps, 'to'], [...edge, 'from'], [...edge, 'to']), sentence);
  // A sentence reads many of the relationship's properties (its dates, certainty, note): the whole map then.
  const rel = sentence ? null : relPropsFor([...fieldsAt(info, edge)]);
  // startId: the end a relationship starts at gives the step's direction (toPath).
  return { props, relProps: rel && [...new Set([...rel, 'startId'])].sort() };
}

const checked = (a: PathsArgs) => ({
  from: check('from', args.id, a.from),
  to: check('to', args.id, a.to),
  maxLength: check('maxLength', args.maxLength, a.maxLength),
  types: check('types', args.types, a.types) ?? null,
  first: check('first', args.first, a.first),
});

export async function paths(_: unknown, a: PathsArgs, ctx: Context, info: GraphQLResolveInfo) {
  if (a.shortestOnly === false) return allPaths(checked(a), ctx);
  const search = await shortest(a, ctx, stepProps(info, ['steps']));
  if (search.stopped) {
    throw createGraphQLError(`${stoppedMessage(search)} Raise budget (at most ${LIMITS.budget[1].toLocaleString('en')}), narrow types, or ask pathSearch.`, {
      extensions: { code: 'SEARCH_BUDGET_EXCEEDED', budget: search.budget, expanded: search.expanded, searchedLength: search.searchedLength },
    });
  }
  return search.paths;
}

export async function pathSearch(_: unknown, a: PathsArgs, ctx: Context, info: GraphQLResolveInfo) {
  return shortest(a, ctx, stepProps(info, ['paths', 'steps']));
}

async function shortest(a: PathsArgs, ctx: Context, selected: ReturnType<typeof stepProps>) {
  const params = { ...checked(a), budget: check('budget', args.budget, a.budget), ...selected };
  const search = await searchShortestPaths(ctx.read, params);
  if (!search.fromFound) throw notFound(params.from);
  if (!search.toFound) throw notFound(params.to);
  return { ...search, paths: search.paths.map((p) => toPath(p.nodes, p.rels, selected)) };
}

/** All paths up to maxLength, shortest first, no entity twice: one Cypher statement (SHORTEST 100, bounded by maxLength). */
async function allPaths(params: ReturnType<typeof checked>, ctx: Context) {
  const r = await ctx.read(allPathsStatement(params.maxLength), params);
  const row = r.records[0]!;
  if (!row.get('fromFound')) throw notFound(params.from);
  if (!row.get('toFound')) throw notFound(params.to);
  return (row.get('paths') as { nodes: Props[]; rels: Props[] }[]).map((path) => toPath(path.nodes, path.rels, { props: null, relProps: null }));
}

/** A path from its entities and relationships, whole maps or projected to `props` and `relProps` (null: whole). */
function toPath(nodeProps: Props[], rels: Props[], { props, relProps }: { props: readonly string[] | null; relProps: string[] | null }) {
  const nodes = nodeProps.map((n) => toEntity(n, props ?? undefined));
  // Relationship i joins nodes i and i+1; the end it starts at (the startId stored on it) gives its direction.
  const steps = rels.map((raw, i) => {
    const [here, next] = [nodes[i]!, nodes[i + 1]!];
    const rel = unprojectRel(raw, relProps);
    const edge = rel.startId === here.id ? toEdgeFrom(rel, here, next) : toEdgeFrom(rel, next, here);
    return { from: here, edge, to: next };
  });
  return { length: steps.length, steps };
}

/** PathStep's sentence, written only when it is asked for (a resolver: graphql-jit, compiled.ts, calls no function-valued property). */
export const pathStep = { sentence: (step: { edge: EdgeObject }) => edgeSentence(step.edge) };
