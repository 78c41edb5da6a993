// Folding for search: what an analyst types and what the graph holds are compared after the same folding, so
// "Hornet’s Nest", "Hornet's nest" and "Hornets Nest" meet, as do "Tehrik-e" / "Tehrik e" and "Chargé" / "Charge".

/** Lower case, no diacritics, apostrophes (straight and curly) dropped so possessives join, other punctuation a space. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const foldedWords = (text: string): string[] => fold(text).split(' ').filter(Boolean);

/** Words that carry no meaning on their own; ignored for coverage unless the query has nothing else. */
export const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'in', 'on', 'at', 'and', 'for', 'to', 'by', 'with', 'from', 'as']);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface QueryParts {
  /** Folded content words (no stop words, no date words). */
  words: string[];
  /** Years named (1900-2099). */
  years: string[];
  /** Months named, "01".."12". */
  months: string[];
}

export function parseQuery(text: string): QueryParts {
  const all = foldedWords(text);
  const years = all.filter((w) => /^(19|20)\d\d$/.test(w));
  const months = all.filter((w) => MONTHS.includes(w)).map((m) => String(MONTHS.indexOf(m) + 1).padStart(2, '0'));
  const rest = all.filter((w) => !years.includes(w) && !MONTHS.includes(w));
  const content = rest.filter((w) => !STOP_WORDS.has(w));
  return { words: content.length ? content : rest, years, months };
}

/** Edits allowed for a fuzzy word match, by word length: none up to 4 letters, 1 up to 7, then 2. */
export const maxEdits = (word: string): number => (word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2);

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}
