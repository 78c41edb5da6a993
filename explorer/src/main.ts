// The explorer's controller: the URL state drives the details panel and the graph; every change writes it back.
import * as api from './api';
import { h } from './dom';
import { readState, toSearch, type ViewState } from './state';
import './style.css';
import type { EdgeT, PathT } from './types';
import { entityPage } from './views/entity-page';
import { graphView } from './views/graph-view';
import { buildElements } from './views/graph-model';
import { pathsView } from './views/paths-view';
import { searchBox } from './views/search-box';
import { timeSlider } from './views/time-slider';

let state: ViewState = readState();
const past: string[][] = [];
const future: string[][] = [];
const panel = document.getElementById('panel')!;
let busy = 0;
const track = async <T>(p: Promise<T>): Promise<T> => {
  document.body.dataset.busy = String(++busy);
  try {
    return await p;
  } finally {
    document.body.dataset.busy = String(--busy);
    if (!busy) document.body.dataset.idle = String(Date.now());
  }
};

const writeUrl = (push: boolean) => (push ? history.pushState(null, '', toSearch(state)) : history.replaceState(null, '', toSearch(state)));

function open(id: string) {
  state = { entity: id, expand: [], asOf: state.asOf, knownOnly: state.knownOnly };
  past.length = future.length = 0;
  writeUrl(true);
  void refresh();
}

const graph = graphView(document.getElementById('graph-area')!, {
  expand: (node, type) => changeExpand([...state.expand.filter((x) => x !== `${node}|${type}`), `${node}|${type}`], node),
  collapse: (node, type) =>
    changeExpand(
      state.expand.filter((x) => x !== `${node}|${type}`),
      node,
    ),
  undo,
  redo,
  open,
  select: (id) => void track(showPanel(id)),
});

function undo() {
  if (!past.length) return;
  future.push(state.expand);
  changeExpand(past.pop()!, undefined, false);
}

function redo() {
  if (!future.length) return;
  past.push(state.expand);
  changeExpand(future.pop()!, undefined, false);
}

function changeExpand(next: string[], focus: string | undefined, record = true) {
  if (record) {
    past.push(state.expand);
    future.length = 0;
  }
  state = { ...state, expand: next };
  writeUrl(false);
  void track(drawGraph(focus));
}

async function showPanel(id: string) {
  const [e, edges] = await Promise.all([api.entity(id), api.relationships(id, state.asOf, state.knownOnly)]);
  graph.panel(id, e?.name ?? id, edges, new Set(state.expand), past.length > 0, future.length > 0);
}

let drawSeq = 0;
async function drawGraph(focus?: string) {
  const mine = ++drawSeq;
  const rootId = state.entity ?? state.from;
  const centres = state.hood ? [] : [...new Set([rootId, ...state.expand.map((x) => x.split('|')[0]!)].filter((x): x is string => !!x))];
  const [root, relLists, paths, hood] = await Promise.all([
    rootId ? api.entity(rootId) : Promise.resolve(null),
    Promise.all(centres.map((id) => api.relationships(id, state.asOf, state.knownOnly).catch(() => [] as EdgeT[]))),
    state.from && state.to
      ? api.pathSearch(state.from, state.to).then(
          (s) => s.paths,
          () => [] as PathT[],
        )
      : Promise.resolve([] as PathT[]),
    state.hood && rootId ? api.neighborhood(rootId, state.hood, 500, state.asOf, state.knownOnly) : Promise.resolve(undefined),
  ]);
  if (mine !== drawSeq) return;
  const rels = new Map(centres.map((id, i) => [id, relLists[i]!]));
  const ms = await graph.render(buildElements({ root: root ?? undefined, rels, expand: state.expand, paths, hood }));
  console.log(`[explorer] graph drawn in ${ms.toFixed(0)} ms`);
  graph.history(past.length > 0, future.length > 0);
  void showExports(rootId);
  const sel = focus ?? rootId;
  if (sel) await showPanel(sel);
}

/** The view's download links: the path result, or the entity's neighbourhood at the drawn depth (1 unless "hood"). */
async function showExports(rootId: string | undefined) {
  const scope = state.from && state.to ? { pathFrom: state.from, pathTo: state.to } : rootId ? { neighborhoodOf: rootId, depth: state.hood ?? 1 } : undefined;
  const what = scope?.pathFrom ? 'the paths shown' : `the neighbourhood of ${rootId} (depth ${state.hood ?? 1})`;
  graph.exports(scope ? await api.exportLinks(scope).catch(() => undefined) : undefined, what);
}

async function drawPanel() {
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    if (state.from && state.to) {
      const { el } = await pathsView(state.from, state.to, open);
      panel.replaceChildren(el);
    } else if (state.entity) {
      panel.replaceChildren(await entityPage(state.entity, state.asOf, open, state.knownOnly));
    } else {
      panel.replaceChildren(
        h('h1', {}, 'Khorasan graph explorer'),
        h('p', {}, 'Search a person, group, place, attack or claim above (any spelling the source uses: ISIS-K, Daesh Khorasan, Nagarhar…).'),
        h(
          'p',
          {},
          'Or start from ',
          h('a', { href: '?entity=group/iskp', onclick: (e) => (e.preventDefault(), open('group/iskp')) }, 'Islamic State Khorasan Province'),
          '.',
        ),
      );
    }
  } catch (e) {
    panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load: ${(e as Error).message}`));
  }
}

async function refresh() {
  document.title = 'Khorasan graph explorer';
  await track(Promise.all([drawPanel(), drawGraph()]));
  const name = panel.querySelector('h1')?.textContent;
  if (name) document.title = `${name} · Khorasan graph`;
}

document
  .getElementById('search')!
  .append(searchBox({ label: 'Search entities', placeholder: 'Search: ISIS-K, Kerman, al-Logari…', onPick: (hit) => open(hit.entity.id) }));
document.getElementById('time')!.append(
  timeSlider(
    state.asOf,
    (asOf) => {
      state = { ...state, asOf };
      writeUrl(false);
      void refresh();
    },
    state.knownOnly,
    (knownOnly) => {
      state = { ...state, knownOnly: knownOnly || undefined };
      writeUrl(false);
      void refresh();
    },
  ),
);
document.getElementById('path-form')!.append(
  searchBox({
    label: 'Find paths from the current entity to…',
    placeholder: 'Path to…',
    onPick: (hit) => {
      const from = state.entity ?? state.from;
      if (!from) return open(hit.entity.id);
      state = { ...state, from, to: hit.entity.id };
      writeUrl(true);
      void refresh();
    },
  }),
);
window.addEventListener('popstate', () => {
  state = readState();
  void refresh();
});
document.addEventListener('keydown', (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || (e.target as HTMLElement).matches('input, textarea')) return;
  e.preventDefault();
  if (e.shiftKey) redo();
  else undo();
});
void refresh();
