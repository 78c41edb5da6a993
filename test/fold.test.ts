// Nested levels folded into the root's statement (src/graphql/fold.ts) give the same answers as the level-by-level
// batch loaders, in one statement, for the shapes analysts ask: an entity's relationships (filtered by type,
// direction and date, paged), four levels down, attacks with their perpetrators, places, parents and figures, claims
// with their makers. Both APIs run against the seeded graph; the unfolded one is `fold: false`.
import { afterAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/graphql/context.js';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

async function both(query: string, variables: Record<string, unknown> = {}) {
  const counted: Context[] = [];
  const folded = await graphql(createApi(db, { onContext: (c) => counted.push(c) }), query, variables);
  const unfolded = await graphql(createApi(db, { fold: false }), query, variables);
  expect(folded.errors).toBeUndefined();
  expect(unfolded.errors).toBeUndefined();
  return { folded: folded.data!, unfolded: unfolded.data!, statements: counted[0]!.queryCount() };
}

const edge = 'id type confidence attribution validFrom validTo sentence asOfCertainty evidence { quote source { id title } }';

describe('nested levels folded into the root statement', () => {
  it("an entity's relationships, both ends, sentences and evidence: one statement besides the sources", async () => {
    const { folded, unfolded, statements } = await both(
      `{ entity(id: "group/islamic-state") { id name relationships(first: 100) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { ${edge} from { id name kind } to { id name kind } } } } } }`,
    );
    expect(folded).toEqual(unfolded);
    expect(folded.entity.relationships.edges.length).toBeGreaterThan(50);
    expect(statements).toBe(2);
  });

  it('types, direction, asOf with includeUncertain, and the second page agree', async () => {
    const page = `relationships(types: ["LED", "MEMBER_OF"], direction: IN, asOf: "2019-12-01", includeUncertain: true, first: 3, after: $after)
      { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id type asOfCertainty from { id } } } }`;
    const first = await both(`query($after: String) { entity(id: "group/iskp") { ${page} } }`, { after: null });
    expect(first.folded).toEqual(first.unfolded);
    expect(first.folded.entity.relationships.totalCount).toBeGreaterThan(3);
    const cursor = Buffer.from('offset:2').toString('base64url');
    const second = await both(`query($after: String) { entity(id: "group/iskp") { ${page} } }`, { after: cursor });
    expect(second.folded).toEqual(second.unfolded);
    expect(second.folded.entity.relationships.edges[0].node.id).not.toBe(first.folded.entity.relationships.edges[0].node.id);
  });

  it('four levels: a group, its members, their groups, the places those groups operate in', async () => {
    const { folded, unfolded, statements } = await both(`{ entity(id: "group/iskp") {
      relationships(types: ["MEMBER_OF"], direction: IN, first: 20) { edges { node { from { id name
        relationships(types: ["MEMBER_OF"], direction: OUT, first: 10) { edges { node { to { id name
          relationships(types: ["OPERATES_IN"], direction: OUT, first: 10) { totalCount edges { node { to { id name } } } } } } } } } } } } } }`);
    expect(folded).toEqual(unfolded);
    const places = folded.entity.relationships.edges.flatMap((m: any) =>
      m.node.from.relationships.edges.flatMap((g: any) => g.node.to.relationships.edges.map((p: any) => p.node.to.id)),
    );
    expect(places.length).toBeGreaterThan(0);
    expect(statements).toBe(1);
  });

  it('attacks with perpetrators, places and their parents, targets and the casualty ledger', async () => {
    const { folded, unfolded, statements } = await both(`{ attacks(first: 30) { totalCount edges { node { id name date { text }
      perpetrators { attribution entity { id name kind } evidence { quote } }
      places { id name ... on Place { parents { id name parents { id } } } } targets { id kind }
      casualtyReports { killed killedQualifier wounded basis confidence reportedBy figures { outcome count } evidence { quote source { title } } } } } } }`);
    expect(folded).toEqual(unfolded);
    expect(folded.attacks.edges.some((e: any) => e.node.places.some((p: any) => p.parents.length > 0))).toBe(true);
    expect(statements).toBe(2);
  });

  it('the older filters and the generic lists fold too: attacks in a province, claims about a group with makers', async () => {
    const attacks = await both(
      `{ attacks(filter: { place: "place/nangarhar-province" }, first: 10) { edges { node { id perpetrators { entity { id } } } } } }`,
    );
    expect(attacks.folded).toEqual(attacks.unfolded);
    expect(attacks.folded.attacks.edges.length).toBeGreaterThan(0);
    const claims = await both(`{ claims(about: "group/islamic-state", first: 20) { edges { node { id statement assessment
      madeBy { date note entity { id name } evidence { quote } } about { id } } } } }`);
    expect(claims.folded).toEqual(claims.unfolded);
    expect(claims.folded.claims.edges.some((e: any) => e.node.madeBy.length > 0)).toBe(true);
    const people = await both(
      `{ people(first: 5, sort: [{ name: ASC }]) { edges { node { id relationships(first: 2) { totalCount edges { node { type to { id } } } } } } } }`,
    );
    expect(people.folded).toEqual(people.unfolded);
  });

  // Each edge sends its other end only; the entity's own end is served by the entity itself, read once.
  it("the entity's own end: its own fields, what is folded below it, and an undirected page whose ends differ", async () => {
    // OUT: from is the entity; it selects a field the entity does not (description) and a page of its own.
    const own = await both(`{ entity(id: "person/shahab-al-muhajir") { id relationships(direction: OUT, first: 4) { edges { node { type
      from { id description kind relationships(types: ["LED"], first: 2) { totalCount edges { node { type to { id name } } } } }
      to { id name } } } } } }`);
    expect(own.folded).toEqual(own.unfolded);
    expect(own.statements).toBe(1);
    const ownEdges = own.folded.entity.relationships.edges;
    expect(ownEdges.length).toBeGreaterThan(1);
    expect(ownEdges[0].node.from.description).toEqual(expect.any(String));
    expect(ownEdges[0].node.from.relationships.edges.length).toBeGreaterThan(0);
    // IN: to is the entity; BOTH with different selections at the two ends (either may be the entity).
    for (const direction of ['IN', 'BOTH']) {
      const r = await both(`{ entity(id: "group/iskp") { relationships(direction: ${direction}, first: 30) { edges { node { type
        from { id name } to { id kind ... on Group { groupType } } } } } } }`);
      expect(r.folded).toEqual(r.unfolded);
      expect(r.folded.entity.relationships.edges.length).toBe(30);
    }
    // The same alias below both ends with different arguments cannot be one entity's: answered unfolded, the same.
    const split = await both(`{ entity(id: "group/iskp") { relationships(first: 6) { edges { node {
      from { id links: relationships(first: 1) { edges { node { id } } } } to { id links: relationships(first: 2) { edges { node { id } } } } } } } } }`);
    expect(split.folded).toEqual(split.unfolded);
    expect(split.statements).toBeGreaterThan(1);
  });

  it('a field selected both on Entity and in a fragment on the kind is answered whole (merged, not folded)', async () => {
    const { folded, unfolded } = await both(
      '{ entity(id: "group/iskp") { relationships(first: 5) { totalCount } ... on Group { relationships(first: 5) { edges { node { id } } } } } }',
    );
    expect(folded).toEqual(unfolded);
    expect(folded.entity.relationships.totalCount).toBeGreaterThan(5);
    expect(folded.entity.relationships.edges).toHaveLength(5);
  });

  it('a bad argument below a folded root is still reported at its own field, with its code', async () => {
    const r = await graphql(createApi(db), '{ entity(id: "group/iskp") { id relationships(first: 0) { totalCount } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['entity', 'relationships']);
  });
});
