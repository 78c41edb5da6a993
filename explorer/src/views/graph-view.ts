// The graph: Cytoscape with fcose. Click a bundle to open it, select a node to expand it by type or collapse it,
// double-click (or "Open page") to make it the entity; undo/redo, fit, PNG export and the view's STIX / GraphML /
// Cypher download links (from the API's exportLink) in the toolbar.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { h, typeWords } from '../dom';
import type { ExportLinksT } from '../api';
import type { EdgeT } from '../types';
import { cyStyle } from './cy-style';

cytoscape.use(fcose);

export interface GraphHandlers {
  expand(nodeId: string, type: string): void;
  collapse(nodeId: string, type: string): void;
  undo(): void;
  redo(): void;
  open(nodeId: string): void;
  select(nodeId: string): void;
}

export interface GraphView {
  render(elements: ElementDefinition[]): Promise<number>;
  panel(nodeId: string, name: string, edges: EdgeT[], expanded: Set<string>, canUndo: boolean, canRedo: boolean): void;
  history(canUndo: boolean, canRedo: boolean): void;
  /** Shows the view's download links (none while there is no view). */
  exports(links: ExportLinksT | undefined, what: string): void;
  cy: Core;
}

export function graphView(container: HTMLElement, on: GraphHandlers): GraphView {
  const canvas = h('div', { class: 'cy', role: 'img', 'aria-label': 'Graph of the current view' });
  const undo = h('button', { type: 'button', onclick: () => on.undo(), disabled: true, title: 'Undo (Ctrl+Z)' }, 'Undo');
  const redo = h('button', { type: 'button', onclick: () => on.redo(), disabled: true, title: 'Redo (Ctrl+Shift+Z)' }, 'Redo');
  const nodePick = h('select', { 'aria-label': 'Select a node' });
  const png = h('button', { type: 'button' }, 'PNG');
  const fit = h('button', { type: 'button', onclick: () => cy.fit(undefined, 30) }, 'Fit');
  const stats = h('span', { class: 'graph-stats', 'aria-live': 'polite' });
  const downloads = h('span', { class: 'graph-exports' });
  const side = h('div', { class: 'expand-panel', 'aria-label': 'Expand by relationship type' });
  container.replaceChildren(h('div', { class: 'graph-toolbar' }, undo, redo, fit, png, downloads, nodePick, stats), canvas, side);

  const cy = cytoscape({ container: canvas, style: cyStyle(), minZoom: 0.1, maxZoom: 3 });
  cy.on('tap', 'node.bundle', (e) => on.expand(e.target.data('bundleOf'), e.target.data('type')));
  cy.on('tap', 'node[kind]', (e) => on.select(e.target.id()));
  cy.on('dbltap', 'node[kind]', (e) => on.open(e.target.id()));
  nodePick.addEventListener('change', () => nodePick.value && on.select(nodePick.value));
  png.addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    const a = h('a', { href: URL.createObjectURL(blob), download: 'khorasan-graph.png' });
    document.body.append(a);
    a.click();
    a.remove();
  });

  return {
    cy,
    exports(links, what) {
      if (!links) return void downloads.replaceChildren();
      const link = (label: string, l: { url: string; fileName: string }) => h('a', { href: l.url, download: l.fileName, title: `${label} of ${what}` }, label);
      downloads.replaceChildren('Export view as ', link('STIX', links.stix), ' / ', link('GraphML', links.graphml), ' / ', link('Cypher', links.cypher));
    },
    async render(elements) {
      const t0 = performance.now();
      const want = new Set(elements.map((e) => e.data.id!));
      cy.batch(() => {
        cy.elements()
          .filter((e) => !want.has(e.id()))
          .remove();
        for (const el of elements) {
          const have = cy.getElementById(el.data.id!);
          if (have.nonempty()) {
            have.data(el.data);
            have.classes((el.classes as string[] | undefined) ?? []);
          } else cy.add(el);
        }
      });
      const tAdded = performance.now();
      const nodes = cy.nodes();
      nodePick.replaceChildren(
        h('option', { value: '' }, `Select a node (${nodes.filter('[kind]').length})`),
        ...nodes.filter('[kind]').map((n) => h('option', { value: n.id() }, n.data('label'))),
      );
      const big = nodes.length > 200;
      await new Promise<void>((resolve) => {
        // Past a few hundred nodes a force layout costs seconds on a small machine: rings by degree instead.
        const options = big
          ? {
              name: 'concentric',
              animate: false,
              fit: true,
              padding: 30,
              minNodeSpacing: 4,
              concentric: (n: cytoscape.NodeSingular) => (n.hasClass('root') ? 1e6 : n.degree(false)),
              levelWidth: () => 3,
            }
          : {
              name: 'fcose',
              quality: 'default',
              animate: false,
              randomize: true,
              nodeRepulsion: () => 6000,
              idealEdgeLength: () => 80,
              numIter: 2500,
              fit: true,
              padding: 30,
            };
        const layout = cy.layout(options as cytoscape.LayoutOptions);
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      const tLayout = performance.now();
      await new Promise(requestAnimationFrame); // the frame with the drawn graph
      const ms = performance.now() - t0;
      container.dataset.paintedAt = performance.now().toFixed(0);
      container.dataset.layoutMs = (tLayout - tAdded).toFixed(0);
      stats.textContent = `${nodes.filter('[kind]').length} nodes · ${cy.edges().length} edges`;
      container.dataset.nodes = String(nodes.filter('[kind]').length);
      container.dataset.renderMs = ms.toFixed(0);
      return ms;
    },
    history(canUndo, canRedo) {
      undo.disabled = !canUndo;
      redo.disabled = !canRedo;
    },
    panel(nodeId, name, edges, expanded) {
      const counts = new Map<string, number>();
      for (const e of edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      cy.nodes(':selected').unselect();
      cy.getElementById(nodeId).select();
      nodePick.value = nodeId;
      side.replaceChildren(
        h('h3', {}, name),
        h('button', { type: 'button', class: 'open-page', onclick: () => on.open(nodeId) }, 'Open page'),
        h(
          'ul',
          {},
          ...[...counts]
            .sort((a, b) => b[1] - a[1])
            .map(([type, n]) => {
              const isOpen = expanded.has(`${nodeId}|${type}`);
              return h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: isOpen ? 'collapse' : 'expand',
                    'data-type': type,
                    onclick: () => (isOpen ? on.collapse(nodeId, type) : on.expand(nodeId, type)),
                  },
                  `${isOpen ? 'Collapse' : 'Expand'} ${typeWords(type)} (${n})`,
                ),
              );
            }),
        ),
      );
    },
  };
}
