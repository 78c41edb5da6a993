// Every relationship of an entity, grouped by type with counts; each as its sentence with confidence, dates and
// evidence one click away. Open groups are the ones the graph has expanded.
import { h, typeWords } from '../dom';
import type { EdgeT } from '../types';
import { evidenceToggle } from './evidence';

export function groupByType(edges: EdgeT[]): Map<string, EdgeT[]> {
  const groups = new Map<string, EdgeT[]>();
  for (const e of edges) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  return new Map([...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
}

export function relationshipList(entityId: string, edges: EdgeT[], asOf: string | undefined, open: (id: string) => void): HTMLElement {
  const groups = groupByType(edges);
  const head = h('h2', {}, `Relationships (${edges.length})`, asOf ? h('span', { class: 'as-of-note' }, ` as of ${asOf}`) : '');
  if (!edges.length) return h('section', { class: 'relationships' }, head, h('p', { class: 'muted' }, asOf ? 'None holds on that day.' : 'None.'));
  return h(
    'section',
    { class: 'relationships' },
    head,
    ...[...groups].map(([type, list]) =>
      h(
        'details',
        { class: 'rel-group', 'data-type': type, open: list.length <= 8 },
        h('summary', {}, h('span', { class: 'rel-type' }, typeWords(type)), h('span', { class: 'count' }, String(list.length))),
        h(
          'ul',
          {},
          ...list.map((e) => {
            const other = e.from.id === entityId ? e.to : e.from;
            const uncertain = e.asOfCertainty === 'UNCERTAIN';
            const derived = [
              e.validity?.fromDerived && `start derived: ${e.validity.fromDerived}`,
              e.validity?.toDerived && `end derived: ${e.validity.toDerived}`,
            ];
            return h(
              'li',
              { class: `rel${uncertain ? ' uncertain' : ''}`, 'data-edge': e.id },
              h('p', { class: 'sentence' }, e.sentence),
              h(
                'p',
                { class: 'rel-meta' },
                h('span', { class: `confidence confidence-${e.confidence}` }, `confidence ${e.confidence.toLowerCase()}`),
                e.validFrom || e.validTo ? h('span', { class: 'dates' }, `${e.validFrom ?? '…'} – ${e.validTo ?? '…'}`) : null,
                derived.some(Boolean) ? h('span', { class: 'derived' }, derived.filter(Boolean).join(', ')) : null,
                uncertain ? h('span', { class: 'as-of-uncertain' }, 'may hold on that day (not known)') : null,
                h('a', { href: `?entity=${other.id}`, onclick: (ev) => (ev.preventDefault(), open(other.id)) }, `Open ${other.name}`),
                evidenceToggle(e.evidence),
              ),
              e.note ? h('p', { class: 'rel-note' }, e.note) : null,
            );
          }),
        ),
      ),
    ),
  );
}
