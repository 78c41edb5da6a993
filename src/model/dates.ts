// Dates as precise as the text: YYYY, YYYY-MM or YYYY-MM-DD.

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  text: string;
  precision: Precision;
  /** First day the text's date can mean, ISO. */
  start: string;
  /** Last day the text's date can mean, ISO. */
  end: string;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Parses a partial date; returns undefined when it is not a real date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return { text, precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return undefined;
  if (m[3] === undefined) return { text, precision: 'month', start: `${y}-${pad(mo)}-01`, end: `${y}-${pad(mo)}-${daysIn(y, mo)}` };
  const d = Number(m[3]);
  if (d < 1 || d > daysIn(y, mo)) return undefined;
  return { text, precision: 'day', start: text, end: text };
}
