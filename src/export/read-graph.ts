// Reads the loaded graph (whole, or the subgraph of a neighbourhood, a path or an attack list) into an ExportGraph.
import { cypher } from '../db/cypher-files.js';
import { DATE_SCAN, HUB_DEGREE, PATH_BUDGET } from '../db/statement-params.js';
import type { Database } from '../db/driver.js';
import { PathSearchStopped, searchShortestPaths } from '../db/path-search.js';
import { CASUALTY_REPORT } from '../model/model.js';
import { clean, sorted, type ExportGraph } from './graph.js';

interface Row {
  nodes: { id: string; labels: string[]; props: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string; props: Record<string, unknown> }[];
}

function toGraph(row: Row): ExportGraph {
  return sorted({
    nodes: row.nodes.map((n) => ({
      id: n.id,
      label: n.labels.find((l) => l !== 'Entity') ?? CASUALTY_REPORT.label,
      props: clean(n.props),
    })),
    relationships: row.relationships.map((r) => ({ id: String(r.props.id), type: r.type, start: r.start, end: r.end, props: clean(r.props) })),
  });
}

export async function readWholeGraph(db: Database): Promise<ExportGraph> {
  const r = await db.read<Row & Record<string, unknown>>(cypher('export/graph'));
  return toGraph(r.records[0]!.toObject() as unknown as Row);
}

export async function readSubgraph(db: Database, ids: string[]): Promise<ExportGraph> {
  const r = await db.read<Row & Record<string, unknown>>(cypher('export/subgraph'), { ids });
  return toGraph(r.records[0]!.toObject() as unknown as Row);
}

/** What part of the graph to export. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'neighbourhood'; id: string; depth: number }
  | { kind: 'path'; from: string; to: string; maxLength: number }
  | { kind: 'attacks'; perpetrator: string | null; place: string | null; from: string | null; to: string | null; first: number };

/** The entity ids a scope selects, through the same named queries the API runs. */
export async function scopeIds(db: Database, scope: Exclude<Scope, { kind: 'all' }>): Promise<string[]> {
  if (scope.kind === 'neighbourhood') {
    const r = await db.read(cypher('queries/neighborhood'), {
      ...{ id: scope.id, depth: scope.depth, types: null, asOf: null, includeUncertain: false, limit: 500 },
      // Only the ids leave Neo4j: the export reads the subgraph itself (readSubgraph).
      ...{ props: ['id'], relProps: ['id'], walk: HUB_DEGREE },
    });
    return (r.records[0]?.get('nodes') ?? []).map((n: { values: string[] }) => n.values[0]!);
  }
  if (scope.kind === 'path') {
    // The paths the API's `paths` answers by default, so an export holds what the explorer showed.
    const search = await searchShortestPaths(db.read, {
      from: scope.from,
      to: scope.to,
      maxLength: scope.maxLength,
      types: null,
      first: 5,
      budget: PATH_BUDGET,
      // Only the ids leave Neo4j, as for a neighbourhood above.
      ...{ props: ['id'], relProps: ['id', 'startId'] },
    });
    if (search.stopped) throw new PathSearchStopped(search);
    return [...new Set(search.paths.flatMap((p) => p.nodes.map((n) => (n.values as string[])[0]!)))];
  }
  const date = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
  const { Date: Neo4jDate } = (await import('neo4j-driver')).default.types;
  const d = (s: string | null) => (date(s) ? Neo4jDate.fromStandardDate(date(s)!) : null);
  const r = await db.read(cypher('queries/attacks'), {
    perpetrator: scope.perpetrator,
    attribution: null,
    place: scope.place,
    from: d(scope.from),
    to: d(scope.to),
    target: null,
    minKilled: null,
    order: 'DATE_DESC',
    offset: 0,
    first: scope.first,
    props: ['id'],
    // The export route checked the scope's ids already; only the page is needed.
    required: [],
    counted: false,
    walk: HUB_DEGREE,
    scan: DATE_SCAN,
  });
  // The attack list projects only the properties asked for: here the id.
  return (r.records[0]?.get('page') ?? []).map((a: { values: string[] }) => a.values[0]!);
}

export async function readScope(db: Database, scope: Scope): Promise<ExportGraph> {
  return scope.kind === 'all' ? readWholeGraph(db) : readSubgraph(db, await scopeIds(db, scope));
}
