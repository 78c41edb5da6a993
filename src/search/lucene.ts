// The candidate query for ranked search: every folded word against folded names (boosted) and text, fuzzy
// only for words long enough (maxEdits), plus the compact key exactly and as a prefix. Ranking is in rank.ts.
import { compactKey } from '../model/search-keys.js';
import { foldedWords, maxEdits } from './fold.js';

export function candidateQuery(text: string): string {
  const compact = compactKey(text);
  const parts: string[] = [];
  if (compact) parts.push(`searchKeys:${compact}^20`);
  if (compact.length >= 3) parts.push(`searchKeys:${compact}*^5`);
  for (const w of new Set(foldedWords(text))) {
    parts.push(`searchNames:${w}^4`, `searchBody:${w}`);
    const e = maxEdits(w);
    if (e > 0) parts.push(`searchNames:${w}~${e}^0.5`, `searchBody:${w}~${e}^0.2`);
  }
  return parts.join(' OR ');
}
