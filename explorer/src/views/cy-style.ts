// The Cytoscape stylesheet, from the same declaration as the Neo4j Browser style (src/model/style.ts).
import type cytoscape from 'cytoscape';
import type { StylesheetJson } from 'cytoscape';
import { defaultNodeStyle, defaultRelationshipStyle, nodeStyles, relationshipStyles } from '../../../src/model/style';

/** PERSON -> Person, the label whose style applies. */
export const labelOfKind = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();

export function cyStyle(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'background-color': defaultNodeStyle.color,
        'border-color': defaultNodeStyle.border,
        'border-width': 2,
        width: defaultNodeStyle.diameter * 0.6,
        height: defaultNodeStyle.diameter * 0.6,
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: {
        width: defaultRelationshipStyle.width,
        'line-color': defaultRelationshipStyle.color,
        'target-arrow-color': defaultRelationshipStyle.color,
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 8,
        color: '#444',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 8,
      },
    },
  ];
  for (const [label, s] of Object.entries(nodeStyles)) {
    sheet.push({
      selector: `node[label_ = "${label}"]`,
      style: { 'background-color': s.color, 'border-color': s.border, width: s.diameter * 0.6, height: s.diameter * 0.6 },
    });
  }
  for (const [type, s] of Object.entries(relationshipStyles)) {
    sheet.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': s.color, 'target-arrow-color': s.color, width: s.width } });
  }
  sheet.push(
    {
      selector: 'node.bundle',
      style: {
        shape: 'round-rectangle',
        width: (n: cytoscape.NodeSingular) => String(n.data('label') ?? '').length * 5.6 + 14,
        height: 18,
        'text-valign': 'center',
        'text-margin-y': 0,
        'background-opacity': 0.18,
        'border-style': 'dashed',
        'font-size': 9,
        'text-background-opacity': 0,
      },
    },
    { selector: 'edge.bundle-edge', style: { 'line-style': 'dashed', label: '', 'target-arrow-shape': 'none' } },
    { selector: 'edge.uncertain', style: { 'line-style': 'dotted', opacity: 0.6 } },
    { selector: 'node.root', style: { 'border-width': 5, 'border-color': '#111', 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'overlay-color': '#1f6feb', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'edge.path', style: { 'line-color': '#1f6feb', 'target-arrow-color': '#1f6feb', width: 5, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-color': '#1f6feb', 'border-width': 5 } },
    { selector: '.faded', style: { opacity: 0.35 } },
  );
  return sheet;
}
