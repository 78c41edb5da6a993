// The GraphQL API against the seeded graph: exact answers the source supports, bounds and error codes,
// and a bounded number of Cypher queries per request.
import { afterAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/graphql/context.js';
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
const errorOf = async (query: string, variables: Record<string, unknown> = {}) => {
  const r = await graphql(api, query, variables);
  expect(r.errors?.length, 'an error was expected').toBeGreaterThan(0);
  return r.errors![0]!;
};

describe('entity and search', () => {
  it('looks up an entity by id, and gives null for an unknown one', async () => {
    const d = await ok('{ a: entity(id: "group/iskp") { id kind name aliases } b: entity(id: "group/nothing") { id } }');
    expect(d.a).toMatchObject({ id: 'group/iskp', kind: 'GROUP' });
    expect(d.a.aliases).toEqual(expect.arrayContaining(['ISIS-K', 'IS-KP', 'Daesh Khorasan', 'Wilayat Khorasan']));
    expect(d.b).toBeNull();
  });

  it.each(['ISIS-K', 'IS-KP', 'ISKP', 'is kp', 'Daesh Khorasan', 'Daesh-Khorasan', 'Wilayat Khorasan', 'Islamic State Khurasan Province'])(
    'finds ISKP first for %s',
    async (text) => {
      const d = await ok('query($t: String!) { search(text: $t, first: 3) { entity { id } score matched } }', { t: text });
      expect(d.search[0].entity.id).toBe('group/iskp');
    },
  );

  it('finds Nangarhar for the misspelling Nagarhar, and for a typo', async () => {
    for (const t of ['Nagarhar', 'Nangarhr']) {
      const d = await ok('query($t: String!) { search(text: $t, kinds: [PLACE], first: 3) { entity { id } matched } }', { t });
      expect(d.search.map((h: any) => h.entity.id)).toContain('place/nangarhar-province');
    }
  });
});

describe('leadership and asOf', () => {
  it('gives the seven emirs in order with dates and how each tenure ended', async () => {
    const d = await ok('{ leadership(groupId: "group/iskp") { ordinal person { id name } from to ended evidence { quote source { publisher } } } }');
    expect(d.leadership.map((t: any) => t.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(d.leadership[0]).toMatchObject({ person: { id: 'person/hafiz-saeed-khan' }, from: '2015-01' });
    expect(d.leadership[3]).toMatchObject({ person: { id: 'person/abu-saad-orakzai' }, from: '2017-07', to: '2018-08' });
    expect(d.leadership[6]).toMatchObject({ person: { id: 'person/shahab-al-muhajir' }, from: '2020-06' });
    for (const t of d.leadership) expect(t.evidence[0].source.publisher).toBe('GlobalSecurity.org');
  });

  it('asOf picks the leader valid on the date, before and after the June 2020 change', async () => {
    const q =
      'query($d: Date) { entity(id: "group/iskp") { relationships(types: ["LED"], direction: IN, asOf: $d) { totalCount edges { node { from { id } } } } } }';
    const before = await ok(q, { d: '2019-12-01' });
    const after = await ok(q, { d: '2021-01-01' });
    const ids = (d: any) => d.entity.relationships.edges.map((e: any) => e.node.from.id);
    expect(ids(before)).toContain('person/aslam-farooqi');
    expect(ids(before)).not.toContain('person/shahab-al-muhajir');
    expect(ids(after)).toContain('person/shahab-al-muhajir');
    expect(ids(after)).not.toContain('person/aslam-farooqi');
  });
});

describe('paths and neighbourhoods', () => {
  it('connects the Kabul airport attack to the Jalalabad prison attack through the man freed there', async () => {
    const d = await ok(`{ paths(from: "attack/2021-08-26-kabul-airport", to: "attack/2020-08-02-jalalabad-prison") {
      length steps { from { id } edge { type evidence { quote } } to { id } sentence } } }`);
    const path = d.paths.find((p: any) =>
      p.steps.some((s: any) => s.to.id === 'person/abdul-rahman-al-logari' || s.from.id === 'person/abdul-rahman-al-logari'),
    );
    expect(path, JSON.stringify(d.paths)).toBeDefined();
    expect(path.length).toBe(2);
    expect(path.steps.map((s: any) => s.edge.type)).toEqual(['LED_ATTACK', 'FREED_IN']);
    expect(path.steps[1].sentence).toMatch(/^Abdul Rahman al-Logari was freed in .*2020/);
    expect(path.steps.every((s: any) => s.edge.evidence.length > 0)).toBe(true);
  });

  it('returns each node and edge of a neighbourhood once, every edge with evidence', async () => {
    const d = await ok('{ neighborhood(id: "person/aslam-farooqi", depth: 2, limit: 500) { nodes { id } edges { id evidence { quote } } truncated } }');
    const ids = d.neighborhood.nodes.map((n: any) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['person/aslam-farooqi', 'group/iskp', 'attack/2020-08-02-jalalabad-prison']));
    const edgeIds = d.neighborhood.edges.map((e: any) => e.id);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    expect(d.neighborhood.edges.every((e: any) => e.evidence.length > 0 && e.evidence[0].quote.length > 0)).toBe(true);
  });
});

describe('attacks', () => {
  it('gives the same pages whether or not totalCount is asked (without it only the page is kept while sorting)', async () => {
    for (const orderBy of ['DATE_ASC', 'DATE_DESC', 'KILLED_DESC']) {
      for (const after of [null, Buffer.from('offset:6').toString('base64url')]) {
        const args = `orderBy: ${orderBy}, first: 7${after ? `, after: "${after}"` : ''}`;
        const counted = await ok(`{ attacks(${args}) { totalCount edges { cursor node { id } } } }`);
        const page = await ok(`{ attacks(${args}) { edges { cursor node { id } } } }`);
        expect(page.attacks.edges).toEqual(counted.attacks.edges);
        expect(page.attacks.edges).toHaveLength(7);
      }
    }
  });

  it('finds the attacks in Nangarhar province through its cities and sites', async () => {
    const d = await ok(`{ attacks(filter: { place: "place/nangarhar-province" }, orderBy: DATE_ASC) {
      totalCount edges { node { id places { id } casualtyReports { killed evidence { quote } } } } } }`);
    const ids = d.attacks.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(['attack/2015-04-18-jalalabad', 'attack/2020-08-02-jalalabad-prison']));
    expect(d.attacks.totalCount).toBe(ids.length);
    const jalalabad = d.attacks.edges.find((e: any) => e.node.id === 'attack/2015-04-18-jalalabad').node;
    expect(jalalabad.casualtyReports.map((c: any) => c.killed).sort()).toEqual([33, 35]);
  });

  it('filters by perpetrator, dates and minimum killed, newest first, with paging', async () => {
    const q = `query($after: String) { attacks(filter: { perpetrator: "group/iskp", from: "2021-08-01", minKilled: 50 }, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id date { text } killedRange { best } perpetrators { entity { id } attribution } } } } }`;
    const p1 = await ok(q);
    expect(p1.attacks.edges.map((e: any) => e.node.id)).toEqual(['attack/2022-09-30-kabul-education-centre', 'attack/2022-04-21-balkh-mosque']);
    expect(p1.attacks.pageInfo.hasNextPage).toBe(true);
    const all = p1.attacks.edges.map((e: any) => e.node);
    for (let page = p1.attacks; page.pageInfo.hasNextPage;) {
      page = (await ok(q, { after: page.pageInfo.endCursor })).attacks;
      all.push(...page.edges.map((e: any) => e.node));
    }
    expect(all).toHaveLength(p1.attacks.totalCount);
    expect(all.every((a: any) => a.killedRange.best >= 50 && a.date.text >= '2021-08')).toBe(true);
    expect(all.map((a: any) => a.id)).toContain('attack/2021-08-26-kabul-airport');
  });
});

describe('claims, estimates, designations, timeline', () => {
  it('lists who claimed Israel created ISIS, with the assessment', async () => {
    const d = await ok('{ claims(about: "group/islamic-state", first: 100) { totalCount edges { node { id statement assessment assessmentQuote } } } }');
    const byId = Object.fromEntries(d.claims.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId['claim/israel-created-isis'].assessment).toBe('conspiracy-theory');
    expect(byId['claim/snowden-hornets-nest-plot'].assessmentQuote).toContain('No mention of a “hornet’s nest” plot');
  });

  it('gives the two U.S. designations of ISKP with their dates', async () => {
    const d = await ok('{ designations(groupId: "group/iskp") { authority { id } designationType date } }');
    expect(d.designations.map((x: any) => x.date)).toEqual(['2015-09-29', '2016-01-14']);
    expect(d.designations[1].designationType).toMatch(/Foreign Terrorist Organization/);
  });

  it('orders a timeline by date', async () => {
    const d = await ok('{ timeline(id: "person/aslam-farooqi") { totalCount edges { node { date start sentence } } } }');
    const starts = d.timeline.edges.map((e: any) => e.node.start);
    expect(starts).toEqual([...starts].sort());
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(d.timeline.totalCount).toBe(starts.length);
  });
});

describe('bounds and errors', () => {
  it.each([
    ['{ neighborhood(id: "group/iskp", depth: 4) { truncated } }', 'depth', /between 1 and 3/],
    ['{ paths(from: "group/iskp", to: "group/taliban", maxLength: 7) { length } }', 'maxLength', /between 1 and 6/],
    ['{ attacks(first: 101) { totalCount } }', 'first', /between 1 and 100/],
    ['{ entity(id: "not an id") { id } }', 'id', /must be an id/],
    ['{ neighborhood(id: "group/iskp", types: ["KNOWS"]) { truncated } }', 'types[0]', /relationship types among/],
    ['{ attacks(after: "bogus") { totalCount } }', 'after', /not a cursor/],
    ['{ attacks(filter: { from: "2022-01-01", to: "2021-01-01" }) { totalCount } }', 'filter.to', /must not be before filter.from/],
    ['{ timeline(id: "group/iskp", from: "2020-02-30") { totalCount } }', 'from', /must be a date as YYYY-MM-DD/],
    ['{ search(text: "  ") { score } }', 'text', /must not be empty/],
  ])('%s → BAD_USER_INPUT naming %s', async (query, argument, message) => {
    const e = await errorOf(query);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe(argument);
    expect(e.message).toMatch(message);
  });

  it('a traversal from an unknown id is NOT_FOUND', async () => {
    const e = await errorOf('{ leadership(groupId: "group/nothing") { ordinal } }');
    expect(e.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a query nested past the depth limit', async () => {
    let q = '{ entity(id: "group/iskp") { id';
    for (let i = 0; i < 8; i++) q += ' relationships(first: 1) { edges { node { to { id';
    q += ' }'.repeat(8 * 4) + ' } }';
    const r = await graphql(api, q);
    expect(r.errors?.[0]?.message).toMatch(/(depth|cost) limit/i);
    expect(r.data).toBeUndefined();
  });
});

describe('round trips', () => {
  it('a nested request runs a bounded number of Cypher queries, whatever the list sizes', async () => {
    const contexts: Context[] = [];
    const counted = createApi(db, { onContext: (c) => contexts.push(c) });
    const query = `
        {
          attacks(first: 30) {
            edges {
              node {
                id
                casualtyReports {
                  killed
                  evidence {
                    quote
                    source {
                      title
                    }
                  }
                }
                perpetrators {
                  entity {
                    id
                  }
                }
                places {
                  id
                  ... on Place {
                    parents {
                      id
                    }
                  }
                }
                targets {
                  id
                }
                relationships(first: 5) {
                  edges {
                    node {
                      type
                      to {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `;
    const r = await graphql(counted, query);
    expect(r.errors).toBeUndefined();
    const attacks = r.data!.attacks.edges.length;
    expect(attacks).toBeGreaterThan(20);
    // The attacks with everything below them folded in (src/graphql/fold.ts), and the sources' titles: 2.
    expect(contexts).toHaveLength(1);
    expect(contexts[0]!.queryCount()).toBe(2);
    // Unfolded, each level is one batch: attacks, linked (casualty reports + perpetrators + places + targets),
    // sources, place parents, relationships: 5, not 5 × attacks.
    const unfolded: Context[] = [];
    const same = await graphql(createApi(db, { fold: false, onContext: (c) => unfolded.push(c) }), query);
    expect(same.data).toEqual(r.data);
    expect(unfolded[0]!.queryCount()).toBeLessThanOrEqual(6);
  });
});
