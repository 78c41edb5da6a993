// Ranks search candidates: exact name/alias > short-acronym prefix > all words exact > all words with fuzzy >
// most words > the rest; within a tier, entities of the years/months named come first, then weighted coverage.
// Fuzzy matching is tried for a word only where the candidate lacks it exactly, and a fuzzy hit keeps the
// candidate below every candidate that holds all words exactly ("book" finds Robin Cook only after the books).
// A word naming the kind ("attack", "video", "claim") counts as a name hit for entities of that kind.
import { compactKey } from '../model/search-keys.js';
import type { NodeLabel } from '../model/model.js';
import { bodyFields, fieldWeight } from './fields.js';
import { editDistance, foldedWords, maxEdits, parseQuery } from './fold.js';

export interface Candidate {
  label: NodeLabel;
  props: Record<string, unknown>;
  luceneScore: number;
}

export interface Ranked {
  candidate: Candidate;
  score: number;
  field: string;
  fieldText: string;
}

/** Words that name a kind of entity, as analysts add them ("Kerman attack", "Flames of Revenge video"). */
const KIND_WORDS: Partial<Record<NodeLabel, string[]>> = {
  Attack: ['attack', 'attacks', 'bombing', 'bombings', 'attacked'],
  Event: ['event', 'events'],
  Publication: ['publication', 'video', 'videos', 'book', 'magazine', 'article', 'report', 'statement'],
  Claim: ['claim', 'claims', 'conspiracy'],
  Estimate: ['estimate', 'estimates', 'strength'],
  Person: ['person'],
  Group: ['group'],
  Place: ['place'],
};

interface Field {
  field: string;
  text: string;
  words: string[];
}

function fieldsOf(c: Candidate): Field[] {
  const p = c.props;
  const list: Field[] = [{ field: 'name', text: p.name as string, words: [] }];
  for (const a of (p.aliases as string[]) ?? []) list.push({ field: 'alias', text: a, words: [] });
  for (const k of ['description', ...bodyFields(c.label)]) if (typeof p[k] === 'string') list.push({ field: k, text: p[k] as string, words: [] });
  for (const f of list) f.words = foldedWords(f.text);
  return list;
}

export function rank(text: string, candidates: Candidate[]): Ranked[] {
  const q = parseQuery(text);
  const compact = compactKey(text);
  const compactNoDates = q.years.length || q.months.length ? compactKey(q.words.join(' ')) : compact;
  const fielded = candidates.map((c) => ({ c, fields: fieldsOf(c) }));
  const out = fielded.map(({ c, fields }) => {
    const keys = fields.filter((f) => f.field === 'name' || f.field === 'alias').map((f) => ({ f, key: compactKey(f.text) }));
    const exactName = keys.find((k) => k.key === compact || (q.words.length > 0 && k.key === compactNoDates));
    const prefixName = compact.length >= 3 && compact.length <= 6 ? keys.find((k) => k.key.startsWith(compact)) : undefined;
    let exact = 0;
    let fuzzy = 0;
    let weight = 0;
    const hitsByField = new Map<Field, number>();
    for (const w of q.words) {
      let best: { f: Field; wt: number } | undefined;
      for (const f of fields) if (f.words.includes(w) && (!best || fieldWeight(f.field) > best.wt)) best = { f, wt: fieldWeight(f.field) };
      if (KIND_WORDS[c.label]?.includes(w) && (!best || best.wt < 3)) best = { f: fields[0]!, wt: 3 };
      if (best) exact++;
      else if (maxEdits(w) > 0) {
        for (const f of fields) {
          if (f.words.some((x) => editDistance(w, x, maxEdits(w)) <= maxEdits(w)) && (!best || fieldWeight(f.field) > best.wt))
            best = { f, wt: fieldWeight(f.field) };
        }
        if (best) {
          fuzzy++;
          best.wt /= 2;
        }
      }
      if (best) {
        weight += best.wt;
        hitsByField.set(best.f, (hitsByField.get(best.f) ?? 0) + 1);
      }
    }
    const n = q.words.length;
    const matched = exact + fuzzy;
    const tier = exactName ? 5 : prefixName ? 4 : n > 0 && exact === n ? 3 : n > 0 && matched === n ? 2 : matched * 2 > n ? 1 : 0;
    const date = String(c.props.date ?? '');
    const dateScore = (q.years.some((y) => date.startsWith(y)) ? 2 : 0) + (q.years.length && q.months.some((m) => date.slice(5, 7) === m) ? 1 : 0);
    // Prefer names the query covers most completely ("Hard Choices" over a claim that mentions it).
    const nameWords = fields[0]!.words.length || 1;
    const nameCover = (hitsByField.get(fields[0]!) ?? 0) / nameWords;
    const sameField = [...hitsByField.values()].some((v) => v === n && n > 1) ? 1 : 0;
    const score = tier * 100 + dateScore * 20 + weight + nameCover * 3 + sameField * 2 + Math.min(c.luceneScore, 10) / 100;
    const bestField =
      exactName?.f ??
      prefixName?.f ??
      [...hitsByField.entries()].sort((a, b) => b[1] - a[1] || fieldWeight(b[0].field) - fieldWeight(a[0].field))[0]?.[0] ??
      fields[0]!;
    return { candidate: c, score, field: bestField.field, fieldText: bestField.text };
  });
  return out.sort((a, b) => b.score - a.score || String(a.candidate.props.name).localeCompare(String(b.candidate.props.name)));
}

/** About `width` characters of `text` around the first word of the query it contains. */
export function snippet(text: string, query: string, width = 120): string {
  if (text.length <= width) return text;
  const words = foldedWords(query);
  const lower = text.toLowerCase();
  const at = Math.max(0, ...[words.map((w) => lower.indexOf(w)).filter((i) => i >= 0)].map((xs) => (xs.length ? Math.min(...xs) : 0)));
  const start = Math.max(0, at - Math.floor(width / 3));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width).trim()}${start + width < text.length ? '…' : ''}`;
}
