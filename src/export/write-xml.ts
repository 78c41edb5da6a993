// GraphML (yEd, Cytoscape, networkx) and GEXF 1.2 (Gephi, with edge time intervals for its timeline).
// Every property becomes an attribute: kind, name, dates, confidence, evidence; lists as JSON text,
// since neither format has a list type. Attribute types come from the values.
import { isDate, type ExportGraph, type Props, type Value } from './graph.js';

// XML 1.0 allows no control characters but tab, newline and carriage return (matching them is the point here).
const xml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

type AttrType = 'string' | 'long' | 'boolean';

const text = (v: Value): string => (Array.isArray(v) ? JSON.stringify(v.map((x) => (isDate(x) ? x.toString() : x))) : String(v));
const typeOf = (v: Value): AttrType => (typeof v === 'number' ? 'long' : typeof v === 'boolean' ? 'boolean' : 'string');

/** Attribute name → type, over all items; `kind`/`type` come first. */
function attributes(items: { props: Props }[], first: string): Map<string, AttrType> {
  const m = new Map<string, AttrType>([[first, 'string']]);
  for (const it of items) for (const [k, v] of Object.entries(it.props)) if (!m.has(k)) m.set(k, typeOf(v));
  return m;
}

const propsWith = (extra: [string, string], props: Props): [string, Value][] => [extra, ...Object.entries(props)];

export function graphml(graph: ExportGraph): string {
  const nodeAttrs = attributes(graph.nodes, 'kind');
  const edgeAttrs = attributes(graph.relationships, 'type');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeAttrs].map(([k, t]) => `  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="${t}"/>`),
    ...[...edgeAttrs].map(([k, t]) => `  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="${t}"/>`),
    '  <graph id="khorasan" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    out.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of propsWith(['kind', n.label], n.props)) out.push(`      <data key="n_${xml(k)}">${xml(text(v))}</data>`);
    out.push('    </node>');
  }
  for (const r of graph.relationships) {
    out.push(`    <edge id="${xml(r.id)}" source="${xml(r.start)}" target="${xml(r.end)}">`);
    for (const [k, v] of propsWith(['type', r.type], r.props)) out.push(`      <data key="e_${xml(k)}">${xml(text(v))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** GEXF: an edge with known dates gets start/end (validFrom/validTo), so Gephi's timeline can filter it. */
export function gexf(graph: ExportGraph): string {
  const nodeAttrs = [...attributes(graph.nodes, 'kind')];
  const edgeAttrs = [...attributes(graph.relationships, 'type')];
  const nodeIndex = new Map(nodeAttrs.map(([k], i) => [k, i]));
  const edgeIndex = new Map(edgeAttrs.map(([k], i) => [k, i]));
  const values = (index: Map<string, number>, pairs: [string, Value][]) =>
    pairs.map(([k, v]) => `          <attvalue for="${index.get(k)}" value="${xml(text(v))}"/>`);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '  <meta><creator>khorasan-graph</creator><description>The Khorasan graph (npm run export)</description></meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node">',
    ...nodeAttrs.map(([k, t], i) => `      <attribute id="${i}" title="${xml(k)}" type="${t}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeAttrs.map(([k, t], i) => `      <attribute id="${i}" title="${xml(k)}" type="${t}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    out.push(`      <node id="${xml(n.id)}" label="${xml(String(n.props.name ?? n.id))}">`, '        <attvalues>');
    out.push(...values(nodeIndex, propsWith(['kind', n.label], n.props)), '        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const r of graph.relationships) {
    const start = isDate(r.props.validFrom) ? ` start="${r.props.validFrom.toString()}"` : '';
    const end = isDate(r.props.validTo) ? ` end="${r.props.validTo.toString()}"` : '';
    out.push(`      <edge id="${xml(r.id)}" source="${xml(r.start)}" target="${xml(r.end)}" label="${xml(r.type)}"${start}${end}>`, '        <attvalues>');
    out.push(...values(edgeIndex, propsWith(['type', r.type], r.props)), '        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
