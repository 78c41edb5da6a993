// Evidence one click away: a button that opens the exact quotes and their sources.
import { h } from '../dom';
import type { Quote } from '../types';

export function evidenceToggle(quotes: Quote[]): HTMLElement {
  const box = h('div', { class: 'evidence', hidden: true }, ...quotes.map((q) => h('blockquote', {}, `“${q.quote}”`, h('cite', {}, ` — ${q.source.title}`))));
  const button = h('button', { type: 'button', class: 'evidence-toggle', 'aria-expanded': 'false' }, `Evidence (${quotes.length})`);
  button.addEventListener('click', () => {
    box.hidden = !box.hidden;
    button.setAttribute('aria-expanded', String(!box.hidden));
  });
  return h('span', { class: 'evidence-wrap' }, button, box);
}

export const quoteList = (quotes: Quote[]) =>
  h('div', { class: 'quotes' }, ...quotes.map((q) => h('blockquote', {}, `“${q.quote}”`, h('cite', {}, ` — ${q.source.title}`))));
