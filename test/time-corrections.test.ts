// Issue 11's date corrections, each pinned against the seeded graph: no date the text does not give, derived
// dates marked derived with their reason, and lasting presence not read into a single dated event.
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
const api = createApi(db);
afterAll(() => db.close());

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const r = await graphql(api, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const rel = async (id: string) => {
  const r = await db.read('MATCH ()-[r {id: $id}]->() RETURN r {.*} AS r', { id });
  expect(r.records, `no relationship ${id}`).toHaveLength(1);
  return r.records[0]!.get('r') as Record<string, any>;
};
const node = async (id: string) => {
  const r = await db.read('MATCH (n:Entity {id: $id}) RETURN n {.*} AS n', { id });
  return r.records[0]?.get('n') as Record<string, any> | undefined;
};
const edgesOn = (id: string, types: string[], day: string, uncertain: boolean) =>
  ok(
    `query($id: ID!, $t: [String!], $d: Date, $u: Boolean) { entity(id: $id) {
      relationships(types: $t, asOf: $d, includeUncertain: $u, first: 100) { edges { node { from { id } to { id } asOfCertainty } } } } }`,
    { id, t: types, d: day, u: uncertain },
  ).then((d) => d.entity.relationships.edges.map((e: any) => e.node));

describe('date corrections (issue 11)', () => {
  it('Taliban OPERATES_IN Afghanistan holds before the 2021 takeover: a 2016 asOf keeps it', async () => {
    const r = await rel('group/taliban>OPERATES_IN>place/afghanistan');
    expect(r.from).toBeUndefined(); // no longer the takeover's 2021
    expect(r.fromDerived).toBe('<=2015-02-12');
    const on2016 = await edgesOn('group/taliban', ['OPERATES_IN'], '2016-06-01', false);
    expect(on2016.map((e: any) => `${e.to.id} ${e.asOfCertainty}`)).toContain('place/afghanistan KNOWN');
  });

  it('U.S. Forces-Afghanistan in Helmand and the US military at Camp Buka are attested on a date, not from it', async () => {
    const helmand = await rel('group/us-forces-afghanistan>OPERATES_IN>place/helmand-province');
    expect([helmand.from, helmand.fromDerived, helmand.toDerived]).toEqual([undefined, '<=2015-02-09', '>=2015-02-09']);
    const buka = await rel('group/us-military>OPERATES_IN>place/camp-buka');
    expect([buka.from, buka.fromDerived, buka.toDerived]).toEqual([undefined, '<=2004', '>=2004']);
    // Not known to hold years later (it was, before: a start of lasting presence).
    const later = await edgesOn('group/us-forces-afghanistan', ['OPERATES_IN'], '2019-01-01', false);
    expect(later.map((e: any) => e.to.id)).not.toContain('place/helmand-province');
    const onTheDay = await edgesOn('group/us-forces-afghanistan', ['OPERATES_IN'], '2015-02-09', false);
    expect(onTheDay.map((e: any) => e.to.id)).toContain('place/helmand-province');
  });

  it('the Kerman reactions are undated in the text: 14 claim edges and 10 claims carry no 2024-01, only a derived "after 3 January 2024"', async () => {
    const r = await db.read(
      `MATCH (:Attack {id: 'attack/2024-01-03-kerman-bombings'})<-[:ABOUT]-(c:Claim)<-[m:MADE_CLAIM]-()
       WHERE m.fromDerived = '>=2024-01-03'
       RETURN count(DISTINCT m) AS edges, collect(DISTINCT c.id) AS claims, [x IN collect(m) WHERE x.from IS NOT NULL | x.id] AS stated`,
    );
    const row = r.records[0]!;
    expect(row.get('edges')).toBe(14);
    expect(row.get('stated')).toEqual([]);
    const claims = row.get('claims') as string[];
    for (const id of [
      'claim/israel-behind-kerman-bombings',
      'claim/us-behind-kerman-bombings',
      'claim/kerman-hallmarks-of-isis',
      'claim/us-not-involved-in-kerman',
      'claim/no-reason-to-believe-israel-involved-kerman',
    ])
      expect(claims).toContain(id);
    const undated = await db.read(`MATCH (c:Claim) WHERE c.id IN $ids AND c.date IS NULL RETURN count(c) AS n`, {
      ids: [
        'claim/israel-behind-kerman-bombings',
        'claim/us-behind-kerman-bombings',
        'claim/mossad-behind-kerman-bombings',
        'claim/kerman-claim-statement-not-drafted-by-isis',
        'claim/kerman-suicide-bombers',
        'claim/kerman-isis-and-local-opposition',
        'claim/kerman-hallmarks-of-isis',
        'claim/isis-blame-suits-iranian-regime',
        'claim/us-not-involved-in-kerman',
        'claim/no-reason-to-believe-israel-involved-kerman',
      ],
    });
    expect(undated.records[0]!.get('n')).toBe(10);
    // The API says the date is derived.
    const d = await ok(
      `{ entity(id: "person/matthew-miller") { relationships(types: ["MADE_CLAIM"]) { edges { node { validFrom validity { derived fromDerived fromReason } } } } } }`,
    );
    for (const e of d.entity.relationships.edges) expect(e.node).toMatchObject({ validFrom: null, validity: { derived: true, fromDerived: '>=2024-01-03' } });
  });

  it('the Islamic State statement on Kerman is dated by derivation ("on Thursday", "30 hours"), marked derived', async () => {
    const r = await rel('group/islamic-state>MADE_CLAIM>claim/islamic-state-responsible-for-kerman-bombings');
    expect([r.from, r.fromDerived]).toEqual([undefined, '2024-01-04']);
    expect(r.fromReason).toMatch(/Thursday/);
  });

  it('the reported killing of Farooqi carries no date of its own; the report month bounds it (derived)', async () => {
    expect(await node('event/2022-01-killing-aslam-farooqi')).toBeUndefined(); // the id no longer encodes the report's month
    const e = await node('event/killing-aslam-farooqi');
    expect(e?.date).toBeUndefined();
    const k = await rel('person/aslam-farooqi>KILLED_IN>event/killing-aslam-farooqi');
    expect([k.fromDerived, k.validity]).toEqual(['<=2022-01', 'moment']);
    // The report itself keeps its month, where it belongs: the claim made by Pakistan media.
    expect((await rel('group/pakistan-media>MADE_CLAIM>claim/farooqi-killed-in-shootout')).from).toBe('2022-01');
  });

  it('IS-KP FORMED_FROM Taliban no longer borrows 2015 from another sentence, and is low confidence (a hedged remark)', async () => {
    const r = await rel('group/iskp>FORMED_FROM>group/taliban');
    expect([r.from, r.fromDerived, r.confidence]).toEqual([undefined, '<=2015-02-12', 'low']);
  });

  it('ids no longer encode months the text does not give', async () => {
    for (const [old, now] of [
      ['event/2018-09-us-forces-afghanistan-change-of-command', 'event/2018-us-forces-afghanistan-change-of-command'],
      ['event/2021-08-taliban-takeover', 'event/2021-taliban-takeover'],
      ['publication/2024-01-amaq-kerman-report', 'publication/amaq-kerman-report'],
    ]) {
      expect(await node(old!), old).toBeUndefined();
      expect(await node(now!), now).toBeDefined();
    }
  });
});
