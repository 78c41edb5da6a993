// Query.search: ranked search (src/search) over names, aliases, descriptions, roles, statements and titles.
import { cypher } from '../../db/cypher-files.js';
import { compactKey } from '../../model/search-keys.js';
import { candidateQuery } from '../../search/lucene.js';
import { rank, snippet } from '../../search/rank.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { toEntity, type EntityObject, type Props } from '../records.js';

/** How many full-text candidates are re-ranked; enough for any phrasing the tests hold, bounded for cost. */
const CANDIDATES = 150;

/** Kept for the bench: the Lucene query a text becomes. */
export const luceneQuery = candidateQuery;

/** The name or alias closest to what was typed. */
function bestName(entity: EntityObject, text: string, field: string, fieldText: string): string {
  if (field === 'name' || field === 'alias') return fieldText;
  const wanted = compactKey(text);
  const names = [entity.name, ...((entity.aliases as string[]) ?? [])];
  return names.find((n) => compactKey(n).includes(wanted) || wanted.includes(compactKey(n))) ?? entity.name;
}

export async function search(_: unknown, a: { text: string; kinds?: string[] | null; first: number }, ctx: Context) {
  const text = check('text', args.text, a.text);
  const first = check('first', args.first, a.first);
  if (compactKey(text) === '') throw badInput('text', 'must contain a letter or digit');
  const kinds = a.kinds?.map((k) => k.charAt(0) + k.slice(1).toLowerCase()) ?? null;
  const r = await ctx.read(cypher('queries/search'), { query: candidateQuery(text), kinds, candidates: CANDIDATES });
  const candidates = r.records.map((rec) => {
    const entity = toEntity(rec.get('node') as Props);
    return { label: entity.label, props: entity as Props, luceneScore: rec.get('score') as number };
  });
  return rank(text, candidates)
    .slice(0, first)
    .map((h) => {
      const entity = h.candidate.props as EntityObject;
      return { entity, score: h.score, matched: bestName(entity, text, h.field, h.fieldText), field: h.field, snippet: snippet(h.fieldText, text) };
    });
}
