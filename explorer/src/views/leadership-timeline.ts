// Who led a group, when, and how it ended: tenures as bars on one time axis; those holding on asOf are marked.
import { h } from '../dom';
import type { TenureT } from '../types';
import { evidenceToggle } from './evidence';

/** Whether a tenure (partial dates, as precise as the source) can hold on a day. */
export function holdsOn(t: Pick<TenureT, 'from' | 'to'>, day: string): boolean {
  const starts = !t.from || day.slice(0, t.from.length) >= t.from;
  const lasts = !t.to || day.slice(0, t.to.length) <= t.to;
  return starts && lasts;
}

const year = (d: string) => Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - 1) / 12 : 0);

export function leadershipTimeline(tenures: TenureT[], asOf: string | undefined, open: (id: string) => void): HTMLElement {
  const now = new Date().toISOString().slice(0, 10);
  const first = Math.min(...tenures.map((t) => year(t.from ?? now)));
  const last = year(now);
  const span = Math.max(last - first, 1);
  const leaders = asOf ? tenures.filter((t) => holdsOn(t, asOf)) : [];
  return h(
    'section',
    { class: 'leadership', 'aria-label': 'Leadership timeline' },
    h('h2', {}, 'Leadership timeline'),
    asOf ? h('p', { class: 'leader-on' }, `Leader on ${asOf}: `, leaders.length ? leaders.map((t) => t.person.name).join(' or ') : 'none known') : null,
    h(
      'ol',
      { class: 'tenures' },
      ...tenures.map((t) => {
        const start = year(t.from ?? now);
        const end = t.to ? year(t.to) + (t.to.length === 4 ? 1 : 1 / 12) : last;
        const current = asOf ? holdsOn(t, asOf) : false;
        return h(
          'li',
          { class: `tenure${current ? ' current' : ''}${asOf && !current ? ' not-current' : ''}`, 'data-person': t.person.id },
          h(
            'div',
            { class: 'tenure-label' },
            t.ordinal ? `${t.ordinal}. ` : '',
            h('a', { href: `?entity=${t.person.id}`, onclick: (e) => (e.preventDefault(), open(t.person.id)) }, t.person.name),
            ` ${t.from ?? '?'} – ${t.to ?? (t.ended ? '?' : 'present')}`,
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
