// Ranked search against the seeded graph: every analyst phrasing in src/search/phrasings.ts finds its entity
// first, and the ranking rules hold (exact alias first, no fuzzy noise where exact words exist, folding,
// field and snippet reported, kinds filter). `npm run search:eval` prints hit@1/hit@3 over the same phrasings.
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { editDistance, fold, parseQuery } from '../src/search/fold.js';
import { phrasings } from '../src/search/phrasings.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
const api = createApi(db);
afterAll(() => db.close());

const Q = 'query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k, first: 5) { entity { id kind } matched field snippet } }';
async function hits(t: string, k?: string[]) {
  const r = await graphql(api, Q, { t, k });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.search as { entity: { id: string; kind: string }; matched: string; field: string; snippet: string }[];
}

describe('analyst phrasings', () => {
  it('holds at least 40 phrasings', () => expect(phrasings.length).toBeGreaterThanOrEqual(40));
  it.each(phrasings.map((p) => [p.text, p.expect, p.why] as const))('%s -> %s (%s)', async (text, expected) => {
    expect((await hits(text))[0]?.entity.id).toBe(expected);
  });
});

describe('ranking rules', () => {
  it('gives IS-Khorasan to ISKP, not to the Source record', async () => {
    const h = await hits('IS-Khorasan');
    expect(h[0]).toMatchObject({ entity: { id: 'group/iskp' }, matched: 'IS-Khorasan', field: 'alias' });
    const r = await graphql(api, '{ entity(id: "source/globalsecurity-iskp") { aliases } }');
    expect(r.data!.entity.aliases).not.toContain('IS-Khorasan');
    expect(h.find((x) => x.entity.id === 'source/globalsecurity-iskp')?.field).not.toBe('alias');
  });

  it('ranks exact words before fuzzy ones: "book" finds books before Robin Cook, "media" media outlets before Medina', async () => {
    const book = await hits('book');
    expect(book[0]!.entity.id).not.toBe('person/robin-cook');
    expect(book.slice(0, 3).map((h) => h.entity.kind)).toContain('PUBLICATION');
    const media = await hits('media');
    expect(media[0]!.entity.id).not.toMatch(/medina/);
  });

  it('reports the field that matched and a snippet from it', async () => {
    const [kirby] = await hits('Pentagon press secretary');
    expect(kirby).toMatchObject({ entity: { id: 'person/john-kirby' }, field: 'role', snippet: 'Pentagon Press Secretary' });
    const [hornet] = await hits('hornets nest');
    expect(hornet!.snippet.toLowerCase()).toContain('hornet');
  });

  it('ranks entities of the year named first', async () => {
    const h = await hits('Peshawar mosque 2022');
    expect(h[0]!.entity.id).toMatch(/^attack\/2022-/);
  });

  it('still filters by kinds', async () => {
    const h = await hits('Khorasan', ['PUBLICATION']);
    expect(h.length).toBeGreaterThan(0);
    expect(new Set(h.map((x) => x.entity.kind))).toEqual(new Set(['PUBLICATION']));
  });
});

describe('folding', () => {
  it('folds apostrophes, possessives, curly quotes, hyphens and diacritics', () => {
    expect(fold('Hornet’s Nest')).toBe('hornets nest');
    expect(fold("Hornet's-Nest")).toBe('hornets nest');
    expect(fold('Chargé d’affaires')).toBe('charge daffaires');
    expect(fold('Islamic State–Khorasan')).toBe('islamic state khorasan');
  });
  it('takes years and months out of the words', () => {
    expect(parseQuery('airport bombing August 2021')).toEqual({ words: ['airport', 'bombing'], years: ['2021'], months: ['08'] });
  });
  it('measures edit distance with transpositions and stops past the bound', () => {
    expect(editDistance('farooqui', 'farooqi', 2)).toBe(1);
    expect(editDistance('khorasan', 'khurasan', 2)).toBe(1);
    expect(editDistance('nagarhar', 'nangarhar', 2)).toBe(1);
    expect(editDistance('abcd', 'bacd', 1)).toBe(1);
    expect(editDistance('book', 'medina', 1)).toBe(2);
  });
});
