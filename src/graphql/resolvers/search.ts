// Query.search: full-text over names and aliases, tolerant of spelling and punctuation.
import { cypher } from '../../db/cypher-files.js';
import { compactKey } from '../../model/search-keys.js';
import { args, check } from '../args.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { toEntity, type EntityObject, type Props } from '../records.js';

/** A Lucene query from free text: the compact spelling first, then each word, allowing one typo. */
export function luceneQuery(text: string): string {
  const compact = compactKey(text);
  const words = text.normalize('NFKD').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const fuzzy = (w: string) => (w.length >= 4 ? `${w}~1` : w);
  const parts = [`searchKeys:${compact}^50`];
  if (compact.length >= 5) parts.push(`searchKeys:${compact}~1^3`);
  if (words.length) parts.push(`(${words.map(fuzzy).join(' AND ')})^2`);
  return parts.join(' OR ');
}

/** The name or alias closest to what was typed. */
function bestMatch(entity: EntityObject, text: string): string {
  const wanted = compactKey(text);
  const names = [entity.name, ...((entity.aliases as string[]) ?? [])];
  return (
    names.find((n) => compactKey(n) === wanted) ??
    names.find((n) => compactKey(n).includes(wanted) || wanted.includes(compactKey(n))) ??
    entity.name
  );
}

export async function search(_: unknown, a: { text: string; kinds?: string[] | null; first: number }, ctx: Context) {
  const text = check('text', args.text, a.text);
  const first = check('first', args.first, a.first);
  if (compactKey(text) === '') throw badInput('text', 'must contain a letter or digit');
  const kinds = a.kinds?.map((k) => k.charAt(0) + k.slice(1).toLowerCase()) ?? null;
  const r = await ctx.read(cypher('queries/search'), { query: luceneQuery(text), kinds, first });
  return r.records.map((rec) => {
    const entity = toEntity(rec.get('node') as Props);
    return { entity, score: rec.get('score') as number, matched: bestMatch(entity, text) };
  });
}
