// The one shape every export writer takes: nodes and relationships with Neo4j-typed property values.
// Built either from the seed (the committed Cypher script needs no database) or from the loaded graph
// (whole or a subgraph), so each format has one writer whatever the scope.
import neo4j from 'neo4j-driver';
import { CASUALTY_REPORT } from '../model/model.js';
import type { Seed } from '../seed/read-seed.js';
import { casualtyReportRows, nodeBatches, relationshipBatches } from '../seed/to-rows.js';

/** A property value as Neo4j stores it: no null (absent instead), integers as JS numbers, dates as Neo4j Dates. */
export type Value = string | number | boolean | InstanceType<typeof neo4j.types.Date> | Value[];
export type Props = Record<string, Value>;

export interface ExportNode {
  id: string;
  /** The model label (Person, Attack, …, or CasualtyReport); entities also carry :Entity. */
  label: string;
  props: Props;
}

export interface ExportRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  props: Props;
}

export interface ExportGraph {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

export const labelsOf = (n: ExportNode) => (n.label === CASUALTY_REPORT.label ? [n.label] : ['Entity', n.label]);

export const isDate = (v: unknown): v is InstanceType<typeof neo4j.types.Date> => neo4j.isDate(v as object);

/** Drops nulls (Neo4j does not store them), so seed rows and database reads compare equal. */
export function clean(props: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v != null) out[k] = (neo4j.isInt(v as object) ? (v as { toNumber(): number }).toNumber() : v) as Value;
  return out;
}

/** The graph `npm run seed` loads, from the seed alone, in the loader's order. */
export function graphFromSeed(seed: Seed): ExportGraph {
  const nodes: ExportNode[] = nodeBatches(seed).flatMap((b) => b.rows.map((r) => ({ id: r.id, label: b.label, props: clean(r.props) })));
  const relationships: ExportRelationship[] = [];
  for (const r of casualtyReportRows(seed)) {
    nodes.push({ id: r.id, label: CASUALTY_REPORT.label, props: clean(r.props) });
    relationships.push({
      id: r.id,
      type: CASUALTY_REPORT.relationship,
      start: r.attackId,
      end: r.id,
      // As cypher/load/casualty-reports.cypher sets them.
      props: clean({ id: r.id, sourceIds: r.props.sourceIds, quotes: r.props.quotes, confidence: r.props.confidence }),
    });
  }
  for (const b of relationshipBatches(seed))
    for (const r of b.rows) relationships.push({ id: r.id, type: b.type, start: r.start, end: r.end, props: clean(r.props) });
  return { nodes, relationships };
}

/** Sorted by id, so every writer's output is the same for the same graph whatever the read order. */
export function sorted(graph: ExportGraph): ExportGraph {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byId), relationships: [...graph.relationships].sort(byId) };
}
