// An attack's casualty ledger: every reported figure side by side with its quote; none is picked over another.
import { h } from '../dom';
import type { CasualtyReportT } from '../types';

const figure = (n: number | null, q: string | null) => (n === null ? '—' : `${q ? `${q} ` : ''}${n}`);

export function casualtyLedger(reports: CasualtyReportT[]): HTMLElement {
  if (!reports.length) return h('p', { class: 'muted' }, 'The source gives no casualty figure.');
  return h(
    'table',
    { class: 'ledger', 'aria-label': 'Casualty ledger' },
    h('caption', {}, `${reports.length} reported figure${reports.length > 1 ? 's' : ''}, side by side`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Killed'),
        h('th', { scope: 'col' }, 'Wounded'),
        h('th', { scope: 'col' }, 'Reading'),
        h('th', { scope: 'col' }, 'Quote'),
      ),
    ),
    h(
      'tbody',
      {},
      ...reports.map((r) =>
        h(
          'tr',
          {},
          h('td', { class: 'killed' }, figure(r.killed, r.killedQualifier)),
          h('td', {}, figure(r.wounded, r.woundedQualifier)),
          h('td', {}, r.note ?? ''),
          h('td', {}, ...r.evidence.map((q) => h('blockquote', {}, `“${q.quote}”`, h('cite', {}, ` — ${q.source.title}`)))),
        ),
      ),
    ),
  );
}
