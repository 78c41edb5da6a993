// The asOf slider: a month scale from 2014 to now, plus an exact date field; "All dates" lifts the filter.
// "Known only" leaves out what only may hold on the day (undated, open-ended, inside a month-precise boundary).
import { h } from '../dom';

const FIRST_YEAR = 2014;
const monthIndex = (day: string) => (Number(day.slice(0, 4)) - FIRST_YEAR) * 12 + Number(day.slice(5, 7)) - 1;
const dayOf = (i: number) => `${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

export function timeSlider(
  asOf: string | undefined,
  onChange: (asOf: string | undefined) => void,
  knownOnly = false,
  onKnownOnly: (knownOnly: boolean) => void = () => {},
): HTMLElement {
  const today = new Date().toISOString().slice(0, 10);
  const max = monthIndex(today);
  const range = h('input', {
    type: 'range',
    min: '0',
    max: String(max),
    step: '1',
    'aria-label': 'As of (month)',
    value: String(asOf ? monthIndex(asOf) : max),
  });
  const date = h('input', { type: 'date', 'aria-label': 'As of (date)', min: `${FIRST_YEAR}-01-01`, max: today, value: asOf ?? '' });
  const label = h('output', { class: 'as-of-label' }, asOf ? `as of ${asOf}` : 'all dates');
  const clear = h('button', { type: 'button', disabled: !asOf }, 'All dates');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (day: string | undefined, delay: number) => {
    label.textContent = day ? `as of ${day}` : 'all dates';
    clear.disabled = !day;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(day), delay); // dragging asks once it rests
  };
  range.addEventListener('input', () => {
    date.value = dayOf(Number(range.value));
    set(date.value, 250);
  });
  date.addEventListener('change', () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return set(undefined, 0);
    range.value = String(monthIndex(date.value));
    set(date.value, 0);
  });
  clear.addEventListener('click', () => {
    date.value = '';
    range.value = String(max);
    set(undefined, 0);
  });
  const known = h('input', { type: 'checkbox', checked: knownOnly }) as HTMLInputElement;
  known.addEventListener('change', () => onKnownOnly(known.checked));
  const knownLabel = h('label', { class: 'known-only', title: 'Leave out what only may hold on that day' }, known, ' Known only');
  return h('div', { class: 'time-slider', role: 'group', 'aria-label': 'Time filter' }, range, date, label, clear, knownLabel);
}
