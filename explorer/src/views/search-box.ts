// A search box with results as you type: kind and the alias that matched; arrows move, Enter opens, Escape closes.
import { search } from '../api';
import { h, kindLabel } from '../dom';
import type { SearchHitT } from '../types';

let boxes = 0;

export function searchBox(opts: { label: string; placeholder: string; onPick: (hit: SearchHitT) => void }): HTMLElement {
  const n = ++boxes;
  const list = h('ul', { id: `search-list-${n}`, role: 'listbox', class: 'search-results', hidden: true });
  const input = h('input', {
    type: 'search',
    placeholder: opts.placeholder,
    'aria-label': opts.label,
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': list.id,
    'aria-autocomplete': 'list',
    autocomplete: 'off',
  });
  let hits: SearchHitT[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `search-${n}-hit-${i}`);
  };
  const pick = (hit: SearchHitT) => {
    close();
    input.value = hit.entity.name;
    opts.onPick(hit);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `search-${n}-hit-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': hit.entity.id,
            onmousedown: (e) => (e.preventDefault(), pick(hit)),
          },
          h('span', { class: `kind kind-${hit.entity.kind}` }, kindLabel(hit.entity.kind)),
          h('span', { class: 'hit-name' }, hit.entity.name),
          hit.matched && hit.matched !== hit.entity.name ? h('span', { class: 'matched' }, `matched “${hit.matched}”`) : null,
        ),
      ),
    );
    if (!hits.length && input.value.trim()) list.append(h('li', { class: 'empty' }, 'No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const found = await search(text);
        if (mine !== seq) return; // a newer keystroke already asked
        hits = found;
        render();
      } catch {
        hits = [];
        if (mine === seq) render();
      }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) highlight((active + 1) % hits.length);
    else if (e.key === 'ArrowUp' && hits.length) highlight((active - 1 + hits.length) % hits.length);
    else if (e.key === 'Enter' && active >= 0 && hits[active]) pick(hits[active]!);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return h('div', { class: 'search-box' }, input, list);
}
