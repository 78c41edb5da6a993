// An attack's casualty ledger: every reported figure side by side with its qualifier, whose casualties, whose voice
// and its quote; none is picked over another. The derived low / best / high follow below, marked derived, with their rule.
import { h } from '../dom';
import type { CasualtyFigureT, CasualtyRangeT, CasualtyReportT } from '../types';

const basisWords: Record<CasualtyReportT['basis'], string> = {
  SOURCE: 'the source’s own voice',
  OFFICIAL: 'an official’s statement',
  HEDGED: 'a hedged or superseded remark',
  PERPETRATOR_CLAIM: 'the perpetrator’s own claim',
};
const outcomeWords: Record<CasualtyFigureT['outcome'], string> = { KILLED: 'killed', WOUNDED: 'wounded', KILLED_OR_WOUNDED: 'killed or wounded' };

/** "at least 95 killed", "13 killed (U.S. service members)", "3 assailants killed". */
function figureText(f: CasualtyFigureT): string {
  const whose = f.category === 'ASSAILANTS' ? ' assailants' : '';
  return `${f.qualifier ? `${f.qualifier} ` : ''}${f.count}${whose} ${outcomeWords[f.outcome]}${f.who ? ` (${f.who})` : ''}`;
}

const figuresOf = (r: CasualtyReportT, outcomes: CasualtyFigureT['outcome'][]) =>
  r.figures
    .filter((f) => outcomes.includes(f.outcome))
    .map((f) => h('div', { class: `figure${f.category === 'ASSAILANTS' ? ' assailants' : ''}` }, figureText(f)));

function rangeText(label: string, r: CasualtyRangeT | undefined): HTMLElement | null {
  if (!r || r.best === null) return null;
  const bound = (n: number | null) => (n === null ? 'open' : String(n));
  return h(
    'li',
    {},
    h('strong', {}, `${label}: `),
    `low ${bound(r.low)}, best ${r.best}, high ${bound(r.high)} over ${r.reportCount} report${r.reportCount > 1 ? 's' : ''}`,
    r.summedParts ? ' (adds the groups the text gives separately; the text never states the sum)' : '',
  );
}

export function casualtyLedger(reports: CasualtyReportT[], killed?: CasualtyRangeT, wounded?: CasualtyRangeT): HTMLElement {
  if (!reports.length) return h('p', { class: 'muted' }, 'The source gives no casualty figure.');
  const ranges = [rangeText('Victims killed', killed), rangeText('Victims wounded', wounded)].filter((x) => x !== null);
  return h(
    'div',
    {},
    h(
      'table',
      { class: 'ledger', 'aria-label': 'Casualty ledger' },
      h('caption', {}, `${reports.length} report${reports.length > 1 ? 's' : ''}, side by side, as the text states them`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Killed'),
          h('th', { scope: 'col' }, 'Wounded'),
          h('th', { scope: 'col' }, 'Whose voice'),
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
            { 'data-confidence': r.confidence.toLowerCase() },
            h('td', { class: 'killed' }, ...figuresOf(r, ['KILLED', 'KILLED_OR_WOUNDED'])),
            h('td', { class: 'wounded' }, ...figuresOf(r, ['WOUNDED'])),
            h('td', { class: 'voice' }, `${basisWords[r.basis]}; ${r.confidence.toLowerCase()} confidence`, h('div', { class: 'muted' }, r.reportedBy)),
            h('td', {}, r.note ?? ''),
            h('td', {}, ...r.evidence.map((q) => h('blockquote', {}, `“${q.quote}”`, h('cite', {}, ` — ${q.source.title}`)))),
          ),
        ),
      ),
    ),
    ranges.length
      ? h(
          'div',
          { class: 'derived' },
          h('p', {}, h('strong', {}, 'Derived, not reported'), ' (victims only; assailants and combined figures left out):'),
          h('ul', {}, ...ranges),
          h('details', {}, h('summary', {}, 'The rule'), h('p', { class: 'rule' }, (killed ?? wounded)!.rule)),
        )
      : null,
  );
}
