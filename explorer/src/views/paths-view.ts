// Paths between two entities: each shortest connection as steps in plain sentences, with their evidence.
import * as api from '../api';
import { h } from '../dom';
import type { PathT } from '../types';
import { quoteList } from './evidence';

export async function pathsView(from: string, to: string, open: (id: string) => void): Promise<{ el: HTMLElement; paths: PathT[] }> {
  const [a, b, search] = await Promise.all([api.entity(from), api.entity(to), api.pathSearch(from, to)]);
  const { paths } = search;
  const name = (id: string, e: { name: string } | null) => e?.name ?? id;
  const link = (id: string, label: string) => h('a', { href: `?entity=${id}`, onclick: (e) => (e.preventDefault(), open(id)) }, label);
  const el = h(
    'section',
    { class: 'paths', 'aria-label': 'Paths' },
    h('h1', {}, 'Paths: ', link(from, name(from, a)), ' ↔ ', link(to, name(to, b))),
    paths.length
      ? h(
          'p',
          { class: 'muted' },
          `${paths.length} shortest connection${paths.length > 1 ? 's' : ''} of ${paths[0]!.length} step${paths[0]!.length > 1 ? 's' : ''}; drawn on the graph.`,
        )
      : search.stopped
        ? h(
            'p',
            { class: 'stopped' },
            `The search stopped at its budget of ${search.budget.toLocaleString('en')} relationships: no connection of ${search.searchedLength} step${search.searchedLength === 1 ? '' : 's'} or fewer; longer ones were not searched.`,
          )
        : h('p', {}, 'No connection within 4 steps.'),
    ...paths.map((p, i) =>
      h(
        'ol',
        { class: 'path', 'aria-label': `Path ${i + 1}` },
        ...p.steps.map((s) =>
          h(
            'li',
            { class: 'step', 'data-edge': s.edge.id },
            h('p', { class: 'sentence' }, s.sentence),
            h('p', { class: 'rel-meta' }, h('span', { class: `confidence confidence-${s.edge.confidence}` }, `confidence ${s.edge.confidence.toLowerCase()}`)),
            quoteList(s.edge.evidence),
          ),
        ),
      ),
    ),
  );
  return { el, paths };
}
