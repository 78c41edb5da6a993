// A claim, styled apart from facts: who made it, when, and the source's assessment of it.
import { h } from '../dom';
import type { ClaimT } from '../types';

export function claimCard(c: ClaimT, open: (id: string) => void): HTMLElement {
  const makers = c.madeBy.map((m) =>
    h(
      'span',
      { class: 'maker' },
      h('a', { href: `?entity=${m.entity.id}`, onclick: (e) => (e.preventDefault(), open(m.entity.id)) }, m.entity.name),
      m.date ? ` (${m.date})` : '',
      m.note ? ` — ${m.note}` : '',
    ),
  );
  return h(
    'article',
    { class: 'claim', 'aria-label': 'Claim' },
    h(
      'div',
      { class: 'claim-head' },
      h('span', { class: 'claim-badge' }, 'Claim'),
      h('span', { class: `assessment assessment-${c.assessment}` }, `assessed: ${c.assessment}`),
    ),
    h('p', { class: 'statement' }, h('a', { href: `?entity=${c.id}`, onclick: (e) => (e.preventDefault(), open(c.id)) }, c.statement)),
    h(
      'p',
      { class: 'made-by' },
      'Made by ',
      ...(makers.length ? makers.flatMap((m, i) => (i ? [', ', m] : [m])) : ['(not named)']),
      c.date ? `, ${c.date.text}` : '',
    ),
    c.assessmentQuote ? h('blockquote', { class: 'assessment-quote' }, `Source’s judgement: “${c.assessmentQuote}”`) : null,
  );
}
