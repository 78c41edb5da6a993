// The shortest paths between two entities by a bidirectional breadth-first search with an expansion budget.
// Cypher's ALL SHORTEST cannot be told to stop: between two well-connected ends of a large graph it reads what it
// reads (340-420 ms at 1M nodes for two attacks of 4,000 and 6,700 relationships). Here each level is one
// statement, from the side that looks cheaper to expand, with a LIMIT of what is left of the budget: a level that
// goes past it ends the search, and the answer says it stopped and up to which length it knows there is no path.
import type { Record as Neo4jRecord, QueryResult } from 'neo4j-driver';
import TinyQueue from 'tinyqueue';
import { cypher } from './cypher-files.js';
import type { Params } from './driver.js';

export type Read = (text: string, params: Params) => Promise<QueryResult>;

export interface PathSearchArgs {
  from: string;
  to: string;
  maxLength: number;
  types: string[] | null;
  first: number;
  /** At most this many relationships are read. */
  budget: number;
  /** The entities' properties to read (null or absent: all of them), as `{labels, values}` in this order. */
  props?: readonly string[] | null;
  /** The relationships' properties to read (null or absent: all of them), as `{type, values}` in this order. */
  relProps?: string[] | null;
}

/** A path as the ids of its entities in order and of the relationships between them. */
interface PathIds {
  nodes: string[];
  rels: string[];
}

type Props = Record<string, unknown>;

/**
 * A path as its entities in order and the relationships between them, with their properties: whole maps (a
 * relationship's with its type and `startId`, the entity it starts at), or projected to `props` and `relProps`.
 */
export interface FoundPath {
  nodes: Props[];
  rels: Props[];
}

export interface PathSearchResult {
  budget: number;
  fromFound: boolean;
  toFound: boolean;
  /** The shortest paths, those through the least-connected entities first (at most `first`). */
  paths: FoundPath[];
  /** True when the budget ran out before the search could tell whether a path of at most maxLength exists. */
  stopped: boolean;
  /** Relationships read: at most the budget, or one more when it stopped (the one that showed the level went on). */
  expanded: number;
  /** No path is shorter than this (or as long, when none was found): the length the search covered. */
  searchedLength: number;
}

/** A relationship walked to a node: on a side, towards the side's own end; in the path graph, towards `to`. */
interface Step {
  rel: string;
  node: string;
}

interface Side {
  depth: Map<string, number>;
  /** For each node the side reached, the relationships that reach it from the level before. */
  links: Map<string, Step[]>;
  frontier: string[];
  /**
   * What expanding the frontier would read: the end's degree at first, then the frontier's size times the relationships
   * per node of the level before (the neighbours' own degrees would cost a read of each; they only choose the side).
   */
  cost: number;
  level: number;
}

const side = (origin: string, degree: number): Side => ({ depth: new Map([[origin, 0]]), links: new Map(), frontier: [origin], cost: degree, level: 0 });

/** One level of the search as a statement returns it: relationships read, and those kept (from, to, rel). */
interface Level {
  count: number;
  froms: string[];
  tos: string[];
  rels: string[];
}
const levelOf = (row: Neo4jRecord, suffix = ''): Level => ({
  count: Number(row.get(`read${suffix}`)),
  froms: row.get(`from${suffix}`) as string[],
  tos: row.get(`to${suffix}`) as string[],
  rels: row.get(`rel${suffix}`) as string[],
});

export async function searchShortestPaths(read: Read, a: PathSearchArgs): Promise<PathSearchResult> {
  // The ends and the first level (and, when small, the second) come in one statement; one row past what is left of
  // the budget tells a level that goes on from one that fits exactly.
  const start = (await read(cypher('queries/path-start'), { from: a.from, to: a.to, types: a.types, limit: a.budget + 1, maxLength: a.maxLength })).records[0]!;
  const result = {
    budget: a.budget,
    fromFound: start.get('fromFound') as boolean,
    toFound: start.get('toFound') as boolean,
    paths: [],
    stopped: false,
    expanded: 0,
  };
  if (!result.fromFound || !result.toFound || a.from === a.to) return { ...result, searchedLength: 0 };
  const [source, target] = [side(a.from, Number(start.get('fromDegree'))), side(a.to, Number(start.get('toDegree')))];
  // Levels already read, each with the side it was read from: path-start.cypher chose them by the loop's own rule
  // (the end's degree, then the costs below; the source on a tie), which the loop checks before using one.
  const [first, second] = source.cost <= target.cost ? [source, target] : [target, source];
  const ready: [Side, Level][] = [[first, levelOf(start)], ...(start.get('read2') == null ? [] : [[second, levelOf(start, '2')] as [Side, Level]])];
  let expanded = 0;
  while (source.level + target.level < a.maxLength) {
    if (!source.frontier.length || !target.frontier.length) break;
    const [near, far] = source.cost <= target.cost ? [source, target] : [target, source];
    const left = a.budget - expanded;
    const next = ready.shift();
    if (next && next[0] !== near) throw new Error('path-start.cypher read a level from the side the search would not');
    const { count, froms, tos, rels } =
      next?.[1] ??
      levelOf((await read(cypher('queries/path-expand'), { frontier: near.frontier, goal: far.frontier, types: a.types, limit: left + 1 })).records[0]!);
    expanded += count;
    if (count > left) return { ...result, stopped: true, expanded, searchedLength: source.level + target.level };
    const reached = new Map<string, Step[]>();
    for (let i = 0; i < froms.length; i++) {
      const to = tos[i]!;
      if (near.depth.has(to)) continue;
      let links = reached.get(to);
      if (!links) reached.set(to, (links = []));
      links.push({ node: froms[i]!, rel: rels[i]! });
    }
    near.level += 1;
    for (const [node, links] of reached) {
      near.depth.set(node, near.level);
      near.links.set(node, links);
    }
    near.cost = reached.size * (count / near.frontier.length);
    near.frontier = [...reached.keys()];
    // A node the other side reached is reached on its last level (an earlier one would have met before).
    const meets = near.frontier.filter((n) => far.depth.has(n));
    if (meets.length) {
      const graph = shortestPathGraph(source, target, meets);
      const paths = await readPaths(read, graph, a);
      return { ...result, paths, expanded, searchedLength: source.level + target.level };
    }
  }
  return { ...result, expanded, searchedLength: a.maxLength };
}

/** What a stopped search says: what it read and how far it knows there is no path. */
export const stoppedMessage = (r: Pick<PathSearchResult, 'budget' | 'expanded' | 'searchedLength'>) =>
  `The path search stopped at its budget of ${r.budget.toLocaleString('en')} relationships (the level it was reading had more): ` +
  `no path has ${r.searchedLength} or fewer relationships, longer ones were not searched.`;

/** A stopped search where the caller needs paths (an export of them). */
export class PathSearchStopped extends Error {
  constructor(readonly search: PathSearchResult) {
    super(stoppedMessage(search));
  }
}

/** The graph of every shortest path: for each node on one, the steps towards `to`. */
function shortestPathGraph(source: Side, target: Side, meets: string[]) {
  // The source side's links point back towards `from`: turn the ones that lead to a meeting node forwards.
  const forward = new Map<string, Step[]>();
  const pending = [...meets];
  const nodes = new Set(meets);
  while (pending.length) {
    const node = pending.pop()!;
    for (const link of source.links.get(node) ?? []) {
      let steps = forward.get(link.node);
      if (!steps) forward.set(link.node, (steps = []));
      steps.push({ rel: link.rel, node });
      if (nodes.has(link.node)) continue;
      nodes.add(link.node);
      pending.push(link.node);
    }
  }
  // On the target side (meeting nodes included) the links already point towards `to`.
  for (let layer = meets; layer.length;) {
    const below = new Set<string>();
    for (const node of layer) {
      for (const link of target.links.get(node) ?? []) {
        if (nodes.has(link.node)) continue;
        nodes.add(link.node);
        below.add(link.node);
      }
    }
    layer = [...below];
  }
  const next = (node: string): Step[] => (target.depth.has(node) ? (target.links.get(node) ?? []) : (forward.get(node) ?? []));
  return { nodes, next };
}

type PathGraph = ReturnType<typeof shortestPathGraph>;

/**
 * The `first` cheapest shortest paths with their entities and relationships. When the graph holds no more paths
 * than that, all of them are read at once with the degrees that order them (one statement); otherwise the degrees
 * of its entities first, then only the chosen paths.
 */
async function readPaths(read: Read, graph: PathGraph, a: PathSearchArgs): Promise<FoundPath[]> {
  if (countPaths(graph.next, a.from, a.to, a.first + 1) <= a.first) {
    const all = pathIds(graph.next, a.from, a.to);
    const steps = await readSteps(read, all, a);
    return cheapestPaths(graph.next, steps.degree, a.from, a.to, a.first).map(steps.path);
  }
  const interior = [...graph.nodes].filter((n) => n !== a.from && n !== a.to);
  const d = (await read(cypher('queries/path-degrees'), { ids: interior })).records[0]!;
  const degree = new Map((d.get('ids') as string[]).map((id, i) => [id, Number((d.get('degrees') as number[])[i])]));
  const chosen = cheapestPaths(graph.next, degree, a.from, a.to, a.first);
  return chosen.map((await readSteps(read, chosen, a)).path);
}

/** The entities (with their degrees) and relationships of some paths, in one statement. */
async function readSteps(read: Read, found: PathIds[], a: PathSearchArgs) {
  const steps = new Map(found.flatMap((p) => p.rels.map((rel, i) => [rel, { from: p.nodes[i]!, to: p.nodes[i + 1]!, rel }] as const)));
  const params = { nodes: [...new Set(found.flatMap((p) => p.nodes))], steps: [...steps.values()], props: a.props ?? null, relProps: a.relProps ?? null };
  const row = (await read(cypher('queries/path-steps'), params)).records[0]!;
  const [ids, nodeList, degrees] = [row.get('ids') as string[], row.get('nodes') as Props[], row.get('degrees') as number[]];
  const [relIds, relList] = [row.get('relIds') as string[], row.get('rels') as Props[]];
  const nodes = new Map(ids.map((id, i) => [id, nodeList[i]!]));
  const degree = new Map(ids.map((id, i) => [id, Number(degrees[i])]));
  const rels = new Map(relIds.map((id, i) => [id, relList[i]!]));
  return { degree, path: (p: PathIds): FoundPath => ({ nodes: p.nodes.map((id) => nodes.get(id)!), rels: p.rels.map((id) => rels.get(id)!) }) };
}

/** How many paths lead from `from` to `to` in the shortest-path graph, counted up to `cap`. */
function countPaths(next: (node: string) => Step[], from: string, to: string, cap: number): number {
  const counted = new Map<string, number>();
  const count = (node: string): number => {
    if (node === to) return 1;
    let n = counted.get(node);
    if (n === undefined) {
      n = Math.min(
        cap,
        next(node).reduce((sum, s) => sum + count(s.node), 0),
      );
      counted.set(node, n);
    }
    return n;
  };
  return count(from);
}

/** Every path of the shortest-path graph (only called when there are few). */
function pathIds(next: (node: string) => Step[], from: string, to: string): PathIds[] {
  const walk = (node: string): Step[][] => (node === to ? [[]] : next(node).flatMap((s) => walk(s.node).map((rest) => [s, ...rest])));
  return walk(from).map((steps) => ({ nodes: [from, ...steps.map((s) => s.node)], rels: steps.map((s) => s.rel) }));
}

/**
 * The `first` shortest paths through the meeting nodes, cheapest first: a path costs the degrees of the entities
 * between its ends, so a path through a person comes before one through a hub that everything touches, and ties go
 * by the relationship ids in order. A best-first walk of the shortest-path graph with the exact remaining cost, so
 * it visits little beyond the paths it returns.
 */
function cheapestPaths(next: (node: string) => Step[], degree: Map<string, number>, from: string, to: string, first: number): PathIds[] {
  const cost = (node: string) => (node === from || node === to ? 0 : degree.get(node)!);
  const rest = new Map<string, number>();
  const remaining = (node: string): number => {
    if (node === to) return 0;
    let best = rest.get(node);
    if (best === undefined) {
      best = Math.min(...next(node).map((s) => cost(s.node) + remaining(s.node)));
      rest.set(node, best);
    }
    return best;
  };

  interface Partial {
    estimate: number;
    spent: number;
    steps: Step[];
    at: string;
  }
  const byRelIds = (x: Step[], y: Step[]) => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i]!.rel !== y[i]!.rel) return x[i]!.rel < y[i]!.rel ? -1 : 1;
    return x.length - y.length;
  };
  const queue = new TinyQueue<Partial>(
    [{ estimate: remaining(from), spent: 0, steps: [], at: from }],
    (x, y) => x.estimate - y.estimate || byRelIds(x.steps, y.steps),
  );
  const found: PathIds[] = [];
  while (queue.length && found.length < first) {
    const p = queue.pop()!;
    if (p.at === to) {
      found.push({ nodes: [from, ...p.steps.map((s) => s.node)], rels: p.steps.map((s) => s.rel) });
      continue;
    }
    for (const s of next(p.at)) {
      const spent = p.spent + cost(s.node);
      queue.push({ estimate: spent + remaining(s.node), spent, steps: [...p.steps, s], at: s.node });
    }
  }
  return found;
}
