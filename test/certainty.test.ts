// Issue 11 (certainty and figures): sentences keep the record's hedge and its own dates, over every edge of the
// seeded graph; casualty reports carry their confidence from the text; the ledger's derived ranges follow a stated rule.
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { toEdge, type EdgeObject, type Props } from '../src/graphql/records.js';
import { edgeSentence, hedgePattern } from '../src/graphql/sentences.js';
import { relationshipTypeNames, relationshipTypes } from '../src/model/model.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
const api = createApi(db);
afterAll(() => db.close());

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const r = await graphql(api, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};

async function allEdges(): Promise<EdgeObject[]> {
  const r = await db.read(`
    MATCH (a:Entity)-[r]->(b:Entity)
    RETURN r {.*, type: type(r)} AS rel, a {.*, labels: labels(a)} AS start, b {.*, labels: labels(b)} AS end`);
  return r.records.map((rec) => toEdge({ rel: rec.get('rel') as Props, start: rec.get('start') as Props, end: rec.get('end') as Props }));
}

const years = (text: string) => [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]!);

describe('sentences over every edge of the seeded graph', () => {
  it('say the hedge where confidence is not high, attribution is not the source’s plain voice, or the edge touches a claim', async () => {
    const edges = await allEdges();
    expect(edges.length).toBeGreaterThan(500);
    const unhedged = edges.filter((e) => {
      const needsHedge =
        e.confidence !== 'high' ||
        ['claimed', 'attributed', 'suspected'].includes(String(e.attribution ?? '')) ||
        typeof e.accordingTo === 'string' ||
        e.from.label === 'Claim' ||
        e.to.label === 'Claim';
      return needsHedge && !hedgePattern.test(edgeSentence(e));
    });
    expect(unhedged.map((e) => `${e.id}: ${edgeSentence(e)}`)).toEqual([]);
  });

  it('give no date the edge itself lacks (a denial is not dated by its attack)', async () => {
    const edges = await allEdges();
    const borrowed = edges.filter((e) => {
      // Names and roles may hold years ("Purported 2005 article by Robin Cook"); only the rest of the sentence counts.
      const rest = [e.from.name, e.to.name, String(e.role ?? '')]
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .reduce((s, n) => s.replace(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' '), edgeSentence(e));
      const own = new Set([...years(String(e.validFrom ?? '')), ...years(String(e.validTo ?? ''))]);
      return years(rest).some((y) => !own.has(y));
    });
    expect(borrowed.map((e) => `${e.id}: ${edgeSentence(e)}`)).toEqual([]);
  });

  it('read the US denial of the Kerman attack undated', async () => {
    const edges = await allEdges();
    const denial = edges.find(
      (e) => e.type === 'DENIED_RESPONSIBILITY' && e.to.id === 'attack/2024-01-03-kerman-bombings' && /US|United States/.test(e.from.name),
    );
    expect(denial).toBeDefined();
    expect(edgeSentence(denial!)).not.toMatch(/2024|January/);
  });

  it('use a reading declared in the model for every type, and never "made" for an author', async () => {
    for (const t of relationshipTypeNames) expect(relationshipTypes[t].reading, t).toMatch(/^[a-z]/);
    const edges = await allEdges();
    const authored = edges.filter((e) => e.type === 'AUTHORED');
    expect(authored.length).toBeGreaterThan(0);
    for (const e of authored) expect(edgeSentence(e)).not.toMatch(/\bmade\b/);
  });

  it('keep Khadim’s pledge and the Haqqani coordination hedged (the text says "reported")', async () => {
    const edges = await allEdges();
    const pledge = edges.find((e) => e.type === 'PLEDGED_ALLEGIANCE_TO' && /Khadim/.test(e.from.name));
    expect(edgeSentence(pledge!)).toMatch(/reportedly pledged allegiance/);
    const haqqani = edges.find((e) => e.type === 'COORDINATED_WITH' && /Haqqani/.test(e.from.name + e.to.name));
    expect(edgeSentence(haqqani!)).toMatch(/reportedly coordinated/);
  });

  it('serve hedged sentences through the API even when the ends’ names are not selected', async () => {
    const d = await ok(`{ entity(id: "person/robin-cook") { relationships(types: ["AUTHORED"]) { edges { node { sentence } } } } }`);
    const sentences = d.entity.relationships.edges.map((e: any) => e.node.sentence);
    expect(sentences).toEqual([expect.stringMatching(/^Robin Cook possibly authored .*Robin Cook\.$/)]);
  });
});

describe('casualty reports: confidence from the text', () => {
  it('store each report’s own confidence on its relationship, not a constant', async () => {
    const r = await db.read(`
      MATCH (a:Attack)-[h:HAS_CASUALTY_REPORT]->(c:CasualtyReport)
      RETURN c.id AS id, h.confidence AS edge, c.confidence AS node, c.basis AS basis`);
    const rows = r.records.map((x) => x.toObject() as Record<string, string>);
    expect(new Set(rows.map((x) => x.edge))).toEqual(new Set(['high', 'medium', 'low']));
    for (const x of rows) expect(x.edge, x.id).toBe(x.node);
    for (const x of rows.filter((y) => y.basis === 'perpetrator-claim')) expect(x.edge, x.id).toBe('low');
  });

  it('give IS’s own "more than 300" low confidence, as a combined figure that counts in no death toll', async () => {
    const d = await ok(`{ entity(id: "attack/2024-01-03-kerman-bombings") { ... on Attack {
      casualtyReports { basis confidence reportedBy killed figures { outcome count qualifier category } }
      killedRange { low best high reportCount rule } } } }`);
    const claim = d.entity.casualtyReports.find((c: any) => c.figures.some((f: any) => f.count === 300));
    expect(claim).toMatchObject({ basis: 'PERPETRATOR_CLAIM', confidence: 'LOW', killed: null });
    expect(claim.figures).toEqual([{ outcome: 'KILLED_OR_WOUNDED', count: 300, qualifier: 'more than', category: 'VICTIMS' }]);
    expect(claim.reportedBy).toMatch(/Islamic State/);
    // 95 (at least), 103 (initially), 84: the range is open above, since "at least 95" has no upper bound.
    expect(d.entity.killedRange).toMatchObject({ low: 84, best: 95, high: null, reportCount: 3 });
    expect(d.entity.killedRange.rule).toMatch(/Derived, not reported/);
  });
});

describe('an attack the text reports twice', () => {
  it('is listed and counted once, and stays visible on its own record', async () => {
    const d = await ok(`{ attacks(first: 100) { totalCount edges { node { id } } } stats { distinctAttacks labels { name count } } }`);
    const ids = d.attacks.edges.map((e: any) => e.node.id);
    expect(ids).toContain('attack/2022-03-04-peshawar-mosque');
    expect(ids).not.toContain('attack/2022-03-05-peshawar-mosque');
    expect(new Set(ids).size).toBe(ids.length);
    const stored = d.stats.labels.find((l: any) => l.name === 'Attack').count;
    const duplicates = await db.read('MATCH (a:Attack) WHERE a.duplicateOf IS NOT NULL RETURN count(a) AS n');
    expect(d.attacks.totalCount).toBe(stored - (duplicates.records[0]!.get('n') as number));
    expect(d.stats.distinctAttacks).toBe(d.attacks.totalCount);
    const dup = await ok(`{ entity(id: "attack/2022-03-05-peshawar-mosque") { ... on Attack { duplicateOf { id } } } }`);
    expect(dup.entity.duplicateOf.id).toBe('attack/2022-03-04-peshawar-mosque');
    const original = await ok(`{ entity(id: "attack/2022-03-04-peshawar-mosque") { ... on Attack { duplicates { id casualtyReports { killed } } } } }`);
    expect(original.entity.duplicates).toEqual([{ id: 'attack/2022-03-05-peshawar-mosque', casualtyReports: [{ killed: 60 }] }]);
  });

  it('is listed once through `where` and `sort` too', async () => {
    const d = await ok(`{ attacks(where: { date: { gte: "2022-01-01" } }, sort: [{ date: ASC }], first: 100) { totalCount edges { node { id } } } }`);
    const ids = d.attacks.edges.map((e: any) => e.node.id);
    expect(ids).toContain('attack/2022-03-04-peshawar-mosque');
    expect(ids).not.toContain('attack/2022-03-05-peshawar-mosque');
  });

  it('is found through the duplicate’s own reading, as its original', async () => {
    const d = await ok(`{ attacks(filter: { from: "2022-03-05", to: "2022-03-05" }) { edges { node { id } } } }`);
    expect(d.attacks.edges.map((e: any) => e.node.id)).toEqual(['attack/2022-03-04-peshawar-mosque']);
  });
});

const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12 };
const statedIn = (n: number, quotes: string[]) =>
  quotes.some((q) => new RegExp(`\\b${n}\\b`).test(q) || Object.entries(WORDS).some(([w, v]) => v === n && new RegExp(`\\b${w}\\b`, 'i').test(q)));

describe('the casualty ledger', () => {
  const ledger = `query($id: ID!) { entity(id: $id) { ... on Attack {
    casualtyReports { killed wounded figures { outcome count qualifier category who } evidence { quote } }
    killedRange { low best high reportCount summedParts rule } woundedRange { low best high } } } }`;
  const attack = async (id: string) => (await ok(ledger, { id })).entity;

  it('states every figure in its own quote, and none it does not (no 183 for Kabul airport)', async () => {
    const r = await db.read('MATCH (c:CasualtyReport) RETURN c.id AS id, c.figures AS figures, c.quotes AS quotes, c.killed AS killed');
    for (const rec of r.records) {
      const quotes = rec.get('quotes') as string[];
      for (const f of JSON.parse(rec.get('figures') as string) as { count: number }[])
        expect(statedIn(f.count, quotes), `${rec.get('id')}: ${f.count}`).toBe(true);
      const killed = rec.get('killed') as number | null;
      if (killed != null) expect(statedIn(killed, quotes), `${rec.get('id')} killed ${killed}`).toBe(true);
    }
    const kabul = await attack('attack/2021-08-26-kabul-airport');
    for (const c of kabul.casualtyReports) {
      expect(c.killed).toBeNull();
      expect(c.figures).toEqual([
        { outcome: 'KILLED', count: 170, qualifier: null, category: 'VICTIMS', who: 'Afghan civilians' },
        { outcome: 'KILLED', count: 13, qualifier: null, category: 'VICTIMS', who: 'U.S. service members' },
      ]);
    }
    // The sum is derived, and says so.
    expect(kabul.killedRange).toMatchObject({ low: 183, best: 183, high: 183, summedParts: true });
  });

  it('reads qualifiers as bounds: "nearly 80" sets no minimum, "more than 60" no maximum', async () => {
    const protest = await attack('attack/2016-07-kabul-protest');
    expect(protest.killedRange).toMatchObject({ low: null, best: 80, high: 80 });
    const wedding = await attack('attack/2019-08-18-kabul-wedding');
    expect(wedding.killedRange).toMatchObject({ low: 61, best: 60, high: null });
    expect(wedding.woundedRange).toMatchObject({ low: 181, high: null });
  });

  it('keeps the Longan hotel’s dead assailants out of the victims killed', async () => {
    const longan = await attack('attack/2022-12-12-kabul-longan-hotel');
    const assailants = longan.casualtyReports.flatMap((c: any) => c.figures).filter((f: any) => f.category === 'ASSAILANTS');
    expect(assailants).toEqual([{ outcome: 'KILLED', count: 3, qualifier: null, category: 'ASSAILANTS', who: null }]);
    expect(longan.killedRange).toMatchObject({ low: 3, best: 3, high: 3, reportCount: 1 });
    expect(longan.casualtyReports.map((c: any) => c.killed)).toEqual([3, null]);
  });
});

describe('corrections from the review (issue 11)', () => {
  const rel = async (start: string, end: string) =>
    (await db.read('MATCH (:Entity {id: $start})-[r]->(:Entity {id: $end}) RETURN type(r) AS type, r {.*} AS r', { start, end })).records.map(
      (x): Record<string, any> => ({
        type: x.get('type') as string,
        ...(x.get('r') as Record<string, unknown>),
      }),
    );
  const node = async (id: string) => (await db.read('MATCH (n:Entity {id: $id}) RETURN n {.*} AS n', { id })).records[0]!.get('n') as Record<string, any>;

  it('Snowden leaked the documents; he did not author them', async () => {
    expect((await rel('person/edward-snowden', 'publication/snowden-documents')).map((r) => r.type)).toEqual(['LEAKED']);
  });

  it('IRNA’s claim edges quote the claim’s own words', async () => {
    for (const maker of ['group/irna', 'publication/2021-06-29-irna-report']) {
      const [edge] = (await rel(maker, 'claim/us-equipped-and-supported-daesh-2012')).filter((r) => r.type === 'MADE_CLAIM');
      expect(edge!.quotes as string[]).toContain('Daesh was equipped and supported by themselves in 2012 to fight against Syrian people and Army.');
    }
  });

  it('the Snowden-documents claim is not judged by the quote about the hornet’s nest story', async () => {
    const c = await node('claim/snowden-documents-baghdadi-collaboration');
    expect(c.assessment).toBe('not-assessed');
    expect(c.assessmentQuote ?? null).toBeNull();
    expect(c.quotes.join(' ')).not.toMatch(/hornet/);
  });

  it('claims the text calls disinformation or a conspiracy theory carry that word, and every judgement its quote', async () => {
    expect((await node('claim/us-and-western-intelligence-support-isis')).assessment).toBe('disinformation');
    expect((await node('claim/israel-created-isis')).assessment).toBe('conspiracy-theory');
    const r = await db.read(`MATCH (c:Claim) WHERE c.assessment <> 'not-assessed' AND c.assessmentQuote IS NULL RETURN collect(c.id) AS ids`);
    expect(r.records[0]!.get('ids')).toEqual([]);
    const words = await db.read(
      `MATCH (c:Claim) WHERE c.assessment IN ['disinformation', 'conspiracy-theory', 'fabrication'] RETURN c.assessment AS a, c.assessmentQuote AS q`,
    );
    for (const w of words.records) expect(String(w.get('q')).toLowerCase()).toContain(String(w.get('a')).replace('-', ' '));
  });

  it('Kerman TARGETED Shia rests on IS’s own account, at low confidence, and says so', async () => {
    const [edge] = await rel('attack/2024-01-03-kerman-bombings', 'community/shia');
    expect(edge).toMatchObject({ type: 'TARGETED', confidence: 'low' });
    expect(edge!.accordingTo).toMatch(/Islamic State/);
  });

  it('Amaq is not described as a neutral agency whose report backed the claim', async () => {
    const amaq = await node('group/amaq-agency');
    expect(amaq.groupType).not.toBe('news-agency');
    const claim = await node('claim/islamic-state-responsible-for-kerman-bombings');
    expect(claim.description).not.toMatch(/backed/);
    expect(claim.description).toMatch(/not independent confirmation/);
  });

  it('no claim shares its name with a publication', async () => {
    const r = await db.read('MATCH (c:Claim), (p:Publication) WHERE toLower(c.name) = toLower(p.name) RETURN collect(c.id) AS ids');
    expect(r.records[0]!.get('ids')).toEqual([]);
  });
});
