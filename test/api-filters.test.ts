// The API's filters and options, each against what the seeded graph holds.
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
const api = createApi(db);
afterAll(() => db.close());

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const r = await graphql(api, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}
const count = async (cypher: string, params: Record<string, unknown> = {}) => (await db.read(cypher, params)).records[0]!.get(0) as number;

describe('relationships', () => {
  it('direction OUT and IN split BOTH, and totalCount matches the graph', async () => {
    const q = 'query($d: Direction) { entity(id: "person/aslam-farooqi") { relationships(direction: $d, first: 100) { totalCount } } }';
    const [out, inn, both] = await Promise.all(['OUT', 'IN', 'BOTH'].map(async (d) => (await ok(q, { d })).entity.relationships.totalCount));
    expect(out + inn).toBe(both);
    expect(both).toBe(await count("MATCH (:Entity {id: 'person/aslam-farooqi'})-[r]-(:Entity) RETURN count(r)"));
  });

  it('pages with first/after, without repeats', async () => {
    const q =
      'query($after: String) { entity(id: "group/iskp") { relationships(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }';
    const ids: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: any = (await ok(q, { after })).entity.relationships;
      total = page.totalCount;
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    expect(total).toBeGreaterThan(100);
  });

  it('filters by type', async () => {
    const d = await ok('{ entity(id: "group/iskp") { relationships(types: ["DESIGNATED"], first: 10) { edges { node { type from { id } validFrom } } } } }');
    expect(d.entity.relationships.edges.map((e: any) => e.node.validFrom).sort()).toEqual(['2015-09-29', '2016-01-14']);
  });
});

describe('neighborhood', () => {
  it('depth 1 holds exactly the direct neighbours', async () => {
    const d = await ok('{ neighborhood(id: "person/shahab-al-muhajir", depth: 1, limit: 500) { nodes { id } truncated } }');
    const expected = await count("MATCH (:Entity {id: 'person/shahab-al-muhajir'})--(m:Entity) RETURN count(DISTINCT m)");
    expect(d.neighborhood.nodes).toHaveLength(expected + 1);
    expect(d.neighborhood.truncated).toBe(false);
  });

  it('types and asOf narrow it, and limit truncates', async () => {
    const led = await ok('{ neighborhood(id: "group/iskp", types: ["LED"], asOf: "2017-05-15") { nodes { id } edges { type } } }');
    expect(led.neighborhood.nodes.map((n: any) => n.id).sort()).toEqual(['group/iskp', 'person/abu-sayed']);
    const cut = await ok('{ neighborhood(id: "group/iskp", depth: 2, limit: 10) { nodes { id } truncated } }');
    expect(cut.neighborhood.nodes).toHaveLength(10);
    expect(cut.neighborhood.truncated).toBe(true);
  });
});

describe('paths', () => {
  it('all paths up to a bound include longer ones than the shortest, shortest first, no entity twice', async () => {
    const q = `query($s: Boolean!) { paths(from: "person/aslam-farooqi", to: "person/shahab-al-muhajir", maxLength: 3, shortestOnly: $s, first: 20) {
      length steps { from { id } to { id } } } }`;
    const shortest = (await ok(q, { s: true })).paths;
    const all = (await ok(q, { s: false })).paths;
    expect(shortest.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(shortest.length);
    const lengths = all.map((p: any) => p.length);
    expect(lengths).toEqual([...lengths].sort((a: number, b: number) => a - b));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(3);
    for (const p of all) {
      const visited = [p.steps[0].from.id, ...p.steps.map((s: any) => s.to.id)];
      expect(new Set(visited).size).toBe(visited.length);
    }
  });

  it('unknown ends are NOT_FOUND', async () => {
    const r = await graphql(api, '{ paths(from: "group/iskp", to: "person/nobody") { length } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('attacks', () => {
  it('filters by target and attribution', async () => {
    const sikh = await ok('{ attacks(filter: { target: "community/sikh" }) { edges { node { id } } } }');
    expect(sikh.attacks.edges.map((e: any) => e.node.id)).toContain('attack/2022-06-18-kabul-sikh-temple');
    const claimed = await ok('{ attacks(filter: { attribution: [CLAIMED] }, first: 100) { totalCount edges { node { perpetrators { attribution } } } } }');
    expect(claimed.attacks.totalCount).toBe(await count("MATCH (a:Attack) WHERE EXISTS { ()-[:PERPETRATED {attribution: 'claimed'}]->(a) } RETURN count(a)"));
    for (const e of claimed.attacks.edges) expect(e.node.perpetrators.map((p: any) => p.attribution)).toContain('CLAIMED');
  });

  it('sorts by the highest derived best death toll', async () => {
    const d = await ok('{ attacks(orderBy: KILLED_DESC, first: 5) { edges { node { id killedRange { best } } } } }');
    const k = d.attacks.edges.map((e: any) => e.node.killedRange.best);
    expect(k).toEqual([...k].sort((a: number, b: number) => b - a));
  });
});

describe('unknown ids in filters', () => {
  it.each([
    ['{ attacks(filter: { perpetrator: "group/isk" }) { totalCount } }', 'group/isk'],
    ['{ attacks(filter: { place: "place/nowhere" }) { totalCount } }', 'place/nowhere'],
    ['{ claims(madeBy: "person/nobody") { totalCount } }', 'person/nobody'],
    ['{ estimates(about: "group/isk") { id } }', 'group/isk'],
    ['{ designations(groupId: "group/isk") { date } }', 'group/isk'],
  ])('%s is NOT_FOUND, not an empty answer', async (query, id) => {
    const r = await graphql(api, query);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.message).toBe(`No entity with id "${id}".`);
  });
});

describe('search, claims, timeline, stats', () => {
  it('search kinds narrow the hits', async () => {
    const d = await ok('{ search(text: "Khorasan", kinds: [PLACE], first: 10) { entity { kind } } }');
    expect(d.search.length).toBeGreaterThan(0);
    expect(new Set(d.search.map((h: any) => h.entity.kind))).toEqual(new Set(['PLACE']));
  });

  it('claims made by someone', async () => {
    const d = await ok('{ claims(madeBy: "person/ebrahim-raisi") { totalCount edges { node { ... on Claim { statement madeBy { entity { id } } } } } } }');
    expect(d.claims.totalCount).toBeGreaterThan(0);
    for (const e of d.claims.edges) expect(e.node.madeBy.map((m: any) => m.entity.id)).toContain('person/ebrahim-raisi');
  });

  it('a timeline window keeps only entries inside it', async () => {
    const d = await ok('{ timeline(id: "group/iskp", from: "2020-01-01", to: "2020-12-31", first: 100) { edges { node { start sentence } } } }');
    expect(d.timeline.edges.length).toBeGreaterThan(0);
    for (const { node: t } of d.timeline.edges) expect(t.start >= '2020-01-01' && t.start <= '2020-12-31').toBe(true);
  });

  it('stats agree with the graph', async () => {
    const d = await ok('{ stats { labels { name count } relationshipTypes { name count } } }');
    const persons = d.stats.labels.find((l: any) => l.name === 'Person').count;
    expect(persons).toBe(await count('MATCH (p:Person) RETURN count(p)'));
    const led = d.stats.relationshipTypes.find((t: any) => t.name === 'LED').count;
    expect(led).toBe(await count('MATCH ()-[r:LED]->() RETURN count(r)'));
  });
});
