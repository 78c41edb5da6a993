// The knowledge: every quote is in its source, loading is idempotent, bad records change nothing,
// and the source's facts and contradictions are in the graph.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { loadGraph, loadSeed } from '../src/seed/load.js';
import { prepareSeed } from '../src/seed/prepare.js';
import { SeedValidationError } from '../src/seed/read-seed.js';
import { graphStats } from '../src/seed/stats.js';
import { testConfig, testDatabase } from './helpers.js';

const config = testConfig();
const db = testDatabase();
afterAll(() => db.close());
const sourcesDir = path.resolve(projectRoot, config.SOURCES_DIR);
const { seed } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);

// The quote checks need the source texts, which are not in the repository: in CI (CI=true) their absence is a
// failure; elsewhere these tests skip, for that one reason, named in the test title.
const textsAbsent = seed.nodes.Source.some((s) => !existsSync(path.join(sourcesDir, String(s.file))));
const withTexts = textsAbsent && process.env.CI !== 'true' ? it.skip : it;
const reason = textsAbsent ? ` (skipped: source texts absent from ${sourcesDir})` : '';

describe('evidence', () => {
  withTexts(`has the source texts to check quotes against${reason}`, () => {
    const files = seed.nodes.Source.map((s) => path.join(sourcesDir, String(s.file)));
    const absent = files.filter((f) => !existsSync(f));
    // Said plainly: without the texts the quote check below would prove nothing.
    expect(absent, `source texts absent (put them in ${sourcesDir}): ${absent.join(', ')}`).toEqual([]);
  });

  withTexts(`every quote in the graph is an exact substring of its source${reason}`, async () => {
    const texts = new Map(seed.nodes.Source.map((s) => [s.id, readFileSync(path.join(sourcesDir, String(s.file)), 'utf8')]));
    const r = await db.read(`
      CALL () { MATCH (n) WHERE n.quotes IS NOT NULL RETURN n.id AS id, n.sourceIds AS sourceIds, n.quotes AS quotes
        UNION ALL MATCH ()-[r]->() RETURN r.id AS id, r.sourceIds AS sourceIds, r.quotes AS quotes }
      RETURN id, sourceIds, quotes`);
    expect(r.records.length).toBeGreaterThan(700);
    const bad: string[] = [];
    let checked = 0;
    for (const rec of r.records) {
      const sourceIds = rec.get('sourceIds') as string[] | null;
      const quotes = rec.get('quotes') as string[] | null;
      if (!quotes?.length || sourceIds?.length !== quotes.length) bad.push(`${rec.get('id')}: no evidence`);
      quotes?.forEach((q, i) => {
        checked += 1;
        if (!texts.get(sourceIds![i]!)?.includes(q)) bad.push(`${rec.get('id')}: "${q}"`);
      });
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(800);
  });

  it('records the source with its checksum', async () => {
    const r = await db.read('MATCH (s:Source {id: $id}) RETURN s.publisher AS publisher, s.sha256 AS sha', { id: 'source/globalsecurity-iskp' });
    expect(r.records[0]!.get('publisher')).toBe('GlobalSecurity.org');
    expect(r.records[0]!.get('sha')).toBe('f5785fde5ff223782fc4d47bd21c80b55315b2e782738c264e1fd717886bbe4c');
  });
});

describe('loading', () => {
  it('a second load creates nothing and keeps the counts', async () => {
    const before = await graphStats(db);
    const c = await loadGraph(db, seed, { log: () => {} });
    expect(c.nodesCreated).toBe(0);
    expect(c.relationshipsCreated).toBe(0);
    expect(c.nodesDeleted).toBe(0);
    expect(c.relationshipsDeleted).toBe(0);
    expect(await graphStats(db)).toEqual(before);
  });
});

describe('records removed from seed/', () => {
  it('leave the graph on the next load; the load after that deletes nothing', async () => {
    await db.write(`
      CREATE (:Entity:Person {id: 'person/removed-from-seed', name: 'x'})
      WITH 1 AS one
      MATCH (a:Entity {id: 'group/iskp'}), (b:Entity {id: 'group/taliban'})
      CREATE (a)-[:FIGHTS {id: 'group/iskp>FIGHTS>group/taliban#removed'}]->(b)`);
    const before = await loadSeed(db, seed, () => {});
    expect(before).toMatchObject({ nodesDeleted: 1, relationshipsDeleted: 1, nodesCreated: 0, relationshipsCreated: 0 });
    const again = await loadSeed(db, seed, () => {});
    expect(again).toMatchObject({ nodesDeleted: 0, relationshipsDeleted: 0, nodesCreated: 0, relationshipsCreated: 0 });
    const left = await db.read("MATCH (n {id: 'person/removed-from-seed'}) RETURN count(n) AS n");
    expect(left.records[0]!.get('n')).toBe(0);
  });
});

/** A copy of seed/ with one record changed by `edit`, validated like `npm run seed` does. */
function validateEdited(file: string, edit: (records: any[]) => void) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  cpSync(path.join(projectRoot, 'seed'), dir, { recursive: true });
  const target = path.join(dir, file);
  const records = parse(readFileSync(target, 'utf8'));
  edit(records);
  writeFileSync(target, stringify(records));
  try {
    prepareSeed(dir, sourcesDir);
  } catch (e) {
    return e as SeedValidationError;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('the edited seed was accepted');
}

describe('bad records', () => {
  it('a missing quote names the file, record and field', () => {
    const e = validateEdited('people.yaml', (rs) => delete rs.find((r: any) => r.id === 'person/aslam-farooqi').evidence[0].quote);
    expect(e).toBeInstanceOf(SeedValidationError);
    expect(e.message).toContain('seed/people.yaml: record person/aslam-farooqi: evidence.0.quote:');
    expect(e.message).toContain('nothing was written');
  });

  withTexts(`a quote that is not in the source is rejected${reason}`, () => {
    const e = validateEdited('people.yaml', (rs) => (rs.find((r: any) => r.id === 'person/aslam-farooqi').evidence[0].quote = 'Farooqi was a poet'));
    expect(e.message).toContain('seed/people.yaml: record person/aslam-farooqi: evidence[0].quote: is not an exact quote of source/globalsecurity-iskp');
  });

  it('an unknown endpoint is rejected', () => {
    const e = validateEdited('relationships/leadership.yaml', (rs) => (rs.find((r: any) => r.type === 'LED').end = 'group/no-such-group'));
    expect(e.message).toMatch(
      /seed\/relationships\/leadership\.yaml: record person\/[a-z-]+>LED>group\/no-such-group: end: unknown Group group\/no-such-group/,
    );
  });

  withTexts(`a source whose text changed is noticed${reason}`, () => {
    const e = validateEdited('sources.yaml', (rs) => (rs[0].sha256 = '0'.repeat(64)));
    expect(e.message).toContain("seed/sources.yaml: record source/globalsecurity-iskp: sha256: does not match the text's (f5785fde5ff2");
  });

  it('a bad date is rejected', () => {
    const e = validateEdited('attacks.yaml', (rs) => (rs.find((r: any) => r.id === 'attack/2021-08-26-kabul-airport').date = '2021-02-30'));
    expect(e.message).toContain('seed/attacks.yaml: record attack/2021-08-26-kabul-airport: date: must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('leaves the graph unchanged', async () => {
    const before = await graphStats(db);
    expect(() => validateEdited('attacks.yaml', (rs) => (rs[0].date = 'yesterday'))).not.toThrow();
    expect(await graphStats(db)).toEqual(before);
  });
});

describe('facts from the source', () => {
  it('every emir has exactly one LED relationship with an ordinal and dates', async () => {
    const r = await db.read(`
      MATCH (p:Person)-[r:LED]->(:Group {id: 'group/iskp'})
      RETURN p.id AS id, count(r) AS n, collect(r.ordinal)[0] AS ordinal, collect(coalesce(r.from, r.to))[0] AS date
      ORDER BY ordinal`);
    const rows = r.records.map((x) => x.toObject());
    expect(rows.map((x) => x.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((x) => x.n === 1 && x.date !== null)).toBe(true);
    expect(rows.map((x) => x.id)).toEqual([
      'person/hafiz-saeed-khan',
      'person/abdul-hasib',
      'person/abu-sayed',
      'person/abu-saad-orakzai',
      'person/abu-omar-al-khorasani',
      'person/aslam-farooqi',
      'person/shahab-al-muhajir',
    ]);
  });

  it('keeps the three Kerman death tolls side by side, each with its quote', async () => {
    const r = await db.read(`
      MATCH (:Attack {id: 'attack/2024-01-03-kerman-bombings'})-[:HAS_CASUALTY_REPORT]->(c)
      WHERE c.killed IS NOT NULL
      RETURN c.killed AS killed, c.quotes[0] AS quote ORDER BY killed`);
    const rows = r.records.map((x) => x.toObject());
    expect(rows.map((x) => x.killed)).toEqual([84, 95, 103]);
    expect(rows.find((x) => x.killed === 84)!.quote).toContain('84');
    expect(rows.find((x) => x.killed === 95)!.quote).toContain('95');
    expect(rows.find((x) => x.killed === 103)!.quote).toContain('103');
  });

  it('keeps both Peshawar reports, linked as one attack told twice', async () => {
    const r = await db.read(`MATCH (a:Attack) WHERE a.id STARTS WITH 'attack/2022-03-0' AND a.id ENDS WITH 'peshawar-mosque'
      RETURN a.id AS id, a.duplicateOf AS dup, a.killedBest AS killed, a.killedMax AS high ORDER BY id`);
    const rows = r.records.map((x) => x.toObject());
    expect(rows.map((x) => x.killed)).toEqual([56, 60]);
    // "over 56" and "more than 60" set no upper bound (issue 11).
    expect(rows.map((x) => x.high)).toEqual([null, null]);
    expect(rows.some((x) => x.dup !== null)).toBe(true);
  });

  it('keeps 33 and 35 killed for Jalalabad 2015', async () => {
    const r = await db.read(`MATCH (:Attack {id: 'attack/2015-04-18-jalalabad'})-[:HAS_CASUALTY_REPORT]->(c) RETURN collect(c.killed) AS k`);
    expect([...(r.records[0]!.get('k') as number[])].sort()).toEqual([33, 35]);
  });

  it('makes Nagarhar a searchable alias of Nangarhar', async () => {
    const r = await db.read(`MATCH (p:Place) WHERE 'Nagarhar' IN p.aliases RETURN p.id AS id`);
    expect(r.records.map((x) => x.get('id'))).toContain('place/nangarhar-province');
  });

  it("stores the Israel/US-created-ISIS theories as claims with the text's assessment, never as facts", async () => {
    const r = await db.read(`
      MATCH (c:Claim) WHERE c.id IN ['claim/israel-created-isis', 'claim/united-states-created-isis', 'claim/snowden-hornets-nest-plot', 'claim/robin-cook-2005-article-no-al-qaeda']
      RETURN c.id AS id, c.assessment AS assessment, c.assessmentQuote AS judgement, EXISTS { (c)-[:ABOUT]->(:Group {id: 'group/islamic-state'}) } AS aboutIs
      ORDER BY id`);
    const rows = Object.fromEntries(r.records.map((x) => [x.get('id'), x.toObject()]));
    // Issue 11: the text's own word for these is "conspiracy theory".
    expect(rows['claim/israel-created-isis']).toMatchObject({ assessment: 'conspiracy-theory', aboutIs: true });
    expect(rows['claim/united-states-created-isis']).toMatchObject({ assessment: 'conspiracy-theory', aboutIs: true });
    expect(rows['claim/snowden-hornets-nest-plot']).toMatchObject({ assessment: 'no-evidence' });
    expect(rows['claim/snowden-hornets-nest-plot']!.judgement).toContain('No mention of a “hornet’s nest” plot');
    expect(rows['claim/robin-cook-2005-article-no-al-qaeda']).toMatchObject({ assessment: 'fabrication', judgement: 'This appears to be a fabrication.' });
    // Issue 11: the text calls the pro-Kremlin narrative disinformation; its own word is the assessment.
    const k = await db.read(`MATCH (c:Claim {id: 'claim/us-and-western-intelligence-support-isis'}) RETURN c.assessment AS a, c.assessmentQuote AS q`);
    expect(k.records[0]!.toObject()).toEqual({ a: 'disinformation', q: 'This is part of a recurring pro-Kremlin disinformation narrative' });
    // No fact edge says that Israel, Mossad, the CIA or the US created or led IS.
    const facts = await db.read(`
      MATCH (x:Entity)-[r:FORMED_FROM|LED|BRANCH_OF|FUNDED_BY|AFFILIATED_WITH]-(:Group {id: 'group/islamic-state'})
      WHERE x.id IN ['group/mossad', 'group/cia', 'place/israel', 'group/us-government', 'group/israeli-government']
      RETURN count(r) AS n`);
    expect(facts.records[0]!.get('n')).toBe(0);
  });
});
