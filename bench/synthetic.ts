// Synthetic graphs that follow the model, grown around the real seed for the scale benchmark (bench/scale.ts).
// Each synthetic node is a copy of a real record of its kind (so every property the model allows is there),
// each synthetic relationship a copy of a real one of its type: its ends are either the template's own ends, where
// those are the seed's hubs (so ISKP, Islamic State, Afghanistan and the other most connected records grow into
// supernodes, as the real degree skew says), or a synthetic node of the same kind. Fixed PRNG: the same size gives the same graph, and a larger size
// is the smaller one plus more (node i and relationship j depend on their index and the stage it first appears in),
// so the stages load one after another into the same database.
import { dateProps, type NodeBatch, type RelationshipBatch } from '../src/seed/to-rows.js';
import { nodeKinds, type NodeLabel, type PropSpec } from '../src/model/model.js';
import { fold } from '../src/search/fold.js';

/** mulberry32: a small, well-known 32-bit PRNG; seeded per item so each item is independent of the stage. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relationships per node, as in the measured synthetic graphs (/work/shared/measurements/scale-1m.md: ~2.9). */
export const RELATIONSHIPS_PER_NODE = 2.9;
/** Share of a copied relationship's ends kept on the template's own (real) end, if a hub: what makes the hubs grow. */
const KEEP_REAL_END = 0.35;
/**
 * The seed's records with at least this many relationships (21 of 373, its 95th percentile) are the hubs whose
 * ends copies keep. Keeping any real end made every real record a supernode: an attack with 5 relationships in the
 * seed had thousands at 1M nodes, which no attack has, so a path between two attacks read thousands of edges.
 */
const HUB_SEED_DEGREE = 10;

type Row = NodeBatch['rows'][number];
type RelRow = RelationshipBatch['rows'][number];

export interface Templates {
  nodes: { label: NodeLabel; row: Row }[];
  relationships: { type: string; row: RelRow }[];
  labelOf: Map<string, NodeLabel>;
  /** Real records with at least HUB_SEED_DEGREE relationships. */
  hubs: Set<string>;
}

export function templatesFrom(nodeBatches: NodeBatch[], relationshipBatches: RelationshipBatch[]): Templates {
  const nodes = nodeBatches.flatMap((b) => b.rows.map((row) => ({ label: b.label, row })));
  const labelOf = new Map(nodes.map((n) => [n.row.id, n.label]));
  const relationships = relationshipBatches.flatMap((b) => b.rows.map((row) => ({ type: b.type, row })));
  const degree = new Map<string, number>();
  for (const { row } of relationships) for (const id of [row.start, row.end]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const hubs = new Set([...degree].filter(([, d]) => d >= HUB_SEED_DEGREE).map(([id]) => id));
  return { nodes, relationships, labelOf, hubs };
}

const syntheticId = (templateId: string, i: number) => `${templateId.split('/')[0]}/syn-${i}`;

/**
 * How far a copy's date moves: back 1-40 whole years, then on by less than a year at the date's precision (never
 * past the record's own). Copies that kept their record's date put about a thousand attacks on each of the seed's
 * 22 attack dates at 1M nodes, where real data has a few a day: a page of the newest attacks then read a whole
 * date's thousand to order them (attacks in a province, 2,668 tested).
 */
const YEARS_BACK = 40;

/** The record's one date (as the text gives it, with its Neo4j Dates), moved by `move` (each in [0, 1)). */
function movedDate(label: NodeLabel, props: Row['props'], move: [number, number]): Row['props'] {
  const key = Object.entries(nodeKinds[label].properties).find(([k, spec]) => (spec as PropSpec).type === 'date' && props[k] != null)?.[0];
  if (!key) return {};
  const [y, m, d] = String(props[key]).split('-').map(Number) as [number, number?, number?];
  const year = y - 1 - Math.floor(move[0] * YEARS_BACK);
  const on = move[1];
  const text =
    d !== undefined
      ? new Date(Date.UTC(year, m! - 1, d + Math.floor(on * 365))).toISOString().slice(0, 10)
      : m !== undefined
        ? new Date(Date.UTC(year, m - 1 + Math.floor(on * 12), 1)).toISOString().slice(0, 7)
        : String(year);
  return dateProps(key, text);
}

/** Synthetic node i: a copy of a real record chosen by i alone, renamed so search and ids stay unique. */
export function syntheticNode(t: Templates, i: number): { label: NodeLabel; row: Row } {
  const r = random(i * 2 + 1);
  const pick = t.nodes[Math.floor(r() * t.nodes.length)]!;
  const id = syntheticId(pick.row.id, i);
  const name = `${String(pick.row.props.name)} (synthetic ${i})`;
  const searchNames = [fold(name), ...((pick.row.props.searchNames as string[]) ?? []).slice(1)];
  const dates = movedDate(pick.label, pick.row.props, [r(), r()]);
  return { label: pick.label, row: { id, props: { ...pick.row.props, ...dates, id, name, searchNames } } };
}

/** Node ids per label among synthetic nodes 0..count-1, so relationship ends keep their kinds. */
export function idsByLabel(t: Templates, count: number): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (let i = 0; i < count; i++) {
    const n = syntheticNode(t, i);
    (out.get(n.label) ?? out.set(n.label, []).get(n.label)!).push(n.row.id);
  }
  return out;
}

/**
 * Synthetic relationship j between nodes that exist once `nodeCount` synthetic nodes are loaded: a copy of a
 * real relationship, each end either kept (a real node) or a synthetic node of the end's kind.
 */
export function syntheticRelationship(t: Templates, ids: Map<NodeLabel, string[]>, j: number): { type: string; row: RelRow } {
  const r = random(1_000_003 * (j + 1));
  const tpl = t.relationships[Math.floor(r() * t.relationships.length)]!;
  const synthetic = (real: string) => {
    const pool = ids.get(t.labelOf.get(real)!) ?? [];
    return pool.length === 0 ? real : pool[Math.floor(r() * pool.length)]!;
  };
  const end = (real: string) => {
    const pool = ids.get(t.labelOf.get(real)!) ?? [];
    const keep = r() < KEEP_REAL_END;
    return (keep && t.hubs.has(real)) || pool.length === 0 ? real : pool[Math.floor(r() * pool.length)]!;
  };
  // Containment keeps its real end and always starts at a synthetic place, so PART_OF stays a tree under the real
  // places (no cycles) and a real place does not lie in its province once per copy (keeping the real start gave
  // Jalalabad 1,250 parallel PART_OF edges at 1M nodes, which no gazetteer has and which every climb followed).
  // A synthetic tenure leads a synthetic group: a real group does not gain a leader per copy (its leadership stays its own).
  const start = tpl.type === 'PART_OF' ? synthetic(tpl.row.start) : end(tpl.row.start);
  const kept = tpl.type === 'PART_OF' ? tpl.row.end : tpl.type === 'LED' ? synthetic(tpl.row.end) : end(tpl.row.end);
  // A copy that kept both real ends would be the template again, a parallel duplicate no source gives: at 1M nodes
  // 12 % of the copies were, ~450 per real relationship, so a neighbourhood of real entities grew by thousands of
  // edges between the same pairs. Such a copy ends at a synthetic node instead.
  const finish = start === tpl.row.start && kept === tpl.row.end ? synthetic(tpl.row.end) : kept;
  const id = `${tpl.type}/syn-${j}`;
  return { type: tpl.type, row: { id, start, end: finish, props: { ...tpl.row.props, id, startId: start, endId: finish } } };
}

/** Rows of synthetic nodes [from, to), grouped by label, in batches of `size`. */
export function* nodeRows(t: Templates, from: number, to: number, size: number): Generator<{ label: NodeLabel; rows: Row[] }> {
  for (let start = from; start < to; start += size) {
    const byLabel = new Map<NodeLabel, Row[]>();
    for (let i = start; i < Math.min(to, start + size); i++) {
      const n = syntheticNode(t, i);
      (byLabel.get(n.label) ?? byLabel.set(n.label, []).get(n.label)!).push(n.row);
    }
    for (const [label, rows] of byLabel) yield { label, rows };
  }
}

/** Rows of synthetic relationships [from, to), grouped by type, in batches of `size`. */
export function* relationshipRows(
  t: Templates,
  ids: Map<NodeLabel, string[]>,
  from: number,
  to: number,
  size: number,
): Generator<{ type: string; rows: RelRow[] }> {
  for (let start = from; start < to; start += size) {
    const byType = new Map<string, RelRow[]>();
    for (let j = start; j < Math.min(to, start + size); j++) {
      const r = syntheticRelationship(t, ids, j);
      (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r.row);
    }
    for (const [type, rows] of byType) yield { type, rows };
  }
}
