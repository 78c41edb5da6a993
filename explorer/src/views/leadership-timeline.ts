// Who led a group, when, and how it ended: tenures as bars on one time axis; those holding on asOf are marked.
import { h } from '../dom';
import type { TenureT } from '../types';
import { evidenceToggle } from './evidence';

/**
 * Whether a tenure is known to hold on a day (started by then at the latest, not ended before), only may hold, or
 * not: the API's rule (src/model/validity.ts) over the tenure's stated and derived bounds.
 */
export function holdsOn(t: Pick<TenureT, 'validity'>, day: string): 'known' | 'uncertain' | 'no' {
  const v = t.validity;
  if (v.latestStart && v.earliestEnd && v.latestStart <= day && day <= v.earliestEnd) return 'known';
  if ((!v.earliestStart || v.earliestStart <= day) && (!v.latestEnd || day <= v.latestEnd)) return 'uncertain';
  return 'no';
}

const year = (d: string) => Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - 1) / 12 : 0);

export function leadershipTimeline(tenures: TenureT[], asOf: string | undefined, open: (id: string) => void, knownOnly = false): HTMLElement {
  const now = new Date().toISOString().slice(0, 10);
  const startOf = (t: TenureT) => t.from ?? t.validity.latestStart ?? now;
  const first = Math.min(...tenures.map((t) => year(startOf(t))));
  const last = year(now);
  const span = Math.max(last - first, 1);
  const leaders = asOf ? tenures.filter((t) => holdsOn(t, asOf) === 'known') : [];
  const maybe = asOf && !knownOnly ? tenures.filter((t) => holdsOn(t, asOf) === 'uncertain') : [];
  return h(
    'section',
    { class: 'leadership', 'aria-label': 'Leadership timeline' },
    h('h2', {}, 'Leadership timeline'),
    asOf
      ? h(
          'p',
          { class: 'leader-on' },
          `Leader on ${asOf}: `,
          leaders.length ? leaders.map((t) => t.person.name).join(' or ') : 'none known',
          maybe.length ? h('span', { class: 'leader-maybe' }, ` (may hold: ${maybe.map((t) => t.person.name).join(', ')})`) : null,
        )
      : null,
    h(
      'ol',
      { class: 'tenures' },
      ...tenures.map((t) => {
        const start = year(startOf(t));
        const end = t.to ? year(t.to) + (t.to.length === 4 ? 1 : 1 / 12) : last;
        const current = asOf ? holdsOn(t, asOf) === 'known' : false;
        return h(
          'li',
          { class: `tenure${current ? ' current' : ''}${asOf && !current ? ' not-current' : ''}`, 'data-person': t.person.id },
          h(
            'div',
            { class: 'tenure-label' },
            t.ordinal ? `${t.ordinal}. ` : '',
            h('a', { href: `?entity=${t.person.id}`, onclick: (e) => (e.preventDefault(), open(t.person.id)) }, t.person.name),
            // A derived date shows as such (~), never as if the text stated it.
            ` ${t.from ?? (t.validity.fromDerived ? `~${t.validity.fromDerived}` : '?')} – ${t.to ?? (t.validity.toDerived ? `~${t.validity.toDerived}` : t.ended ? '?' : 'open')}`,
            t.ended ? h('span', { class: 'ended' }, ` · ${t.ended}`) : null,
            ' ',
            evidenceToggle(t.evidence),
          ),
          h(
            'div',
            { class: 'bar-track', 'aria-hidden': 'true' },
            h('div', { class: 'tenure-bar', style: `left:${((start - first) / span) * 100}%;width:${Math.max(((end - start) / span) * 100, 1)}%` }),
          ),
        );
      }),
    ),
  );
}
