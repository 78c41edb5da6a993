// From the view state to graph elements: the centre, one counted bundle per relationship type of every open node,
// the neighbours of opened bundles, and the current path. Pure, so undo/redo is just an older state.
import type { ElementDefinition } from 'cytoscape';
import { typeWords } from '../dom';
import type { EdgeT, PathT, Ref, SubgraphT } from '../types';
import { labelOfKind } from './cy-style';

export interface GraphInput {
  root?: Ref;
  /** Relationships of every node that is the root or has an opened bundle. */
  rels: Map<string, EdgeT[]>;
  expand: string[];
  paths: PathT[];
  hood?: SubgraphT;
}

const nodeEl = (r: Ref, extra: string[] = []): ElementDefinition => ({
  group: 'nodes',
  data: { id: r.id, label: r.name, kind: r.kind, label_: labelOfKind(r.kind) },
  classes: extra,
});

export function buildElements(g: GraphInput): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  const addNode = (r: Ref) => nodes.get(r.id) ?? nodes.set(r.id, nodeEl(r)).get(r.id)!;
  // An edge that only may hold on the asOf day is drawn dashed.
  const addEdge = (id: string, type: string, source: string, target: string, certainty?: string | null) =>
    edges.set(id, { group: 'edges', data: { id, type, source, target, label: typeWords(type) }, classes: certainty === 'UNCERTAIN' ? ['uncertain'] : [] });

  if (g.hood) {
    for (const n of g.hood.nodes) addNode(n);
    for (const e of g.hood.edges) if (nodes.has(e.from.id) && nodes.has(e.to.id)) addEdge(e.id, e.type, e.from.id, e.to.id, e.asOfCertainty);
  }
  if (g.root) addNode(g.root);
  const opened = new Set(g.expand);
  // Open bundles first (their neighbours become nodes), then bundle what stays closed.
  const centres = [g.root?.id, ...g.expand.map((x) => x.split('|')[0]!)].filter((x): x is string => !!x);
  for (const id of new Set(centres)) {
    if (!nodes.has(id) && id !== g.root?.id) continue;
    for (const e of g.rels.get(id) ?? []) {
      if (!opened.has(`${id}|${e.type}`)) continue;
      addNode(e.from);
      addNode(e.to);
      addEdge(e.id, e.type, e.from.id, e.to.id, e.asOfCertainty);
    }
  }
  if (!g.hood) {
    for (const id of new Set(centres)) {
      if (!nodes.has(id)) continue;
      const counts = new Map<string, number>();
      for (const e of g.rels.get(id) ?? []) if (!opened.has(`${id}|${e.type}`)) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      for (const [type, n] of counts) {
        const bid = `bundle:${id}|${type}`;
        nodes.set(bid, { group: 'nodes', data: { id: bid, label: `${typeWords(type)} · ${n}`, bundleOf: id, type, count: n }, classes: ['bundle'] });
        edges.set(`${bid}>`, { group: 'edges', data: { id: `${bid}>`, source: id, target: bid, type }, classes: ['bundle-edge'] });
      }
    }
  }
  for (const p of g.paths) {
    for (const s of p.steps) {
      nodes.set(s.from.id, { ...addNode(s.from), classes: ['path'] });
      nodes.set(s.to.id, { ...addNode(s.to), classes: ['path'] });
      addEdge(s.edge.id, s.edge.type, s.edge.from.id, s.edge.to.id);
      edges.get(s.edge.id)!.classes = ['path'];
    }
  }
  if (g.root) nodes.get(g.root.id)!.classes = [...((nodes.get(g.root.id)!.classes as string[]) ?? []), 'root'];
  return [...nodes.values(), ...edges.values()];
}
