// Resolvers ask Neo4j for only the properties the request selects (src/graphql/selection.ts, src/graphql/fold.ts), nested levels included,
// and the answers stay the same as with every property read.
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/driver.js';
import { cypher } from '../src/db/cypher-files.js';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

/** An API whose every statement's records are kept, to see what came over Bolt. */
function recording() {
  const seen: { cypher: string; params: Record<string, unknown>; json: string }[] = [];
  const wrapped: Database = {
    ...db,
    read: async (cypher, params) => {
      const r = await db.read(cypher, params);
      seen.push({ cypher, params: params ?? {}, json: JSON.stringify(r.records.map((x) => x.toObject())) });
      return r;
    },
  } as Database;
  return { api: createApi(wrapped), seen };
}

const bytes = (s: { json: string }[]) => s.reduce((n, x) => n + x.json.length, 0);

describe('fetch only what is asked', () => {
  it('an entity lookup reads only the selected properties', async () => {
    const { api, seen } = recording();
    const r = await graphql(api, '{ entity(id: "group/iskp") { id name } }');
    expect(r.data!.entity).toEqual({ id: 'group/iskp', name: expect.any(String) });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.params.keys).toEqual([{ id: 'group/iskp', props: ['id', 'name'] }]);
    expect(seen[0]!.json).not.toContain('quotes');
  });

  it('fields named differently from their property, and fragments on a kind, ask for the right properties', async () => {
    const { api, seen } = recording();
    const r = await graphql(api, '{ entity(id: "group/iskp") { kind evidence { quote } ... on Group { groupType } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.entity.kind).toBe('GROUP');
    expect(r.data!.entity.groupType).toBeTruthy();
    expect(r.data!.entity.evidence.length).toBeGreaterThan(0);
    expect(seen[0]!.params.keys).toEqual([{ id: 'group/iskp', props: ['groupType', 'id', 'quotes', 'sourceIds'] }]);
  });

  it("a group's leadership reads the tenures' selected properties only, and all of them for validity", async () => {
    const slim = recording();
    const r = await graphql(slim.api, '{ leadership(groupId: "group/iskp") { ordinal from to person { name } evidence { quote } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.leadership[0]).toMatchObject({ ordinal: 1, from: '2015-01', person: { name: expect.any(String) } });
    expect(slim.seen[0]!.params.relProps).toEqual(['from', 'id', 'ordinal', 'quotes', 'sourceIds', 'to']);
    expect(slim.seen[0]!.json).not.toContain('fromEarliest');
    const full = recording();
    const v = await graphql(full.api, '{ leadership(groupId: "group/iskp") { from validity { kind earliestStart } } }');
    expect(v.errors).toBeUndefined();
    expect(full.seen[0]!.params.relProps).toBeNull();
    expect(v.data!.leadership[0].validity.earliestStart).toBe('2015-01-01');
  });

  it("a path's steps read the selected properties of its entities and relationships, the same paths as a full read", async () => {
    const query = (step: string) => `{ paths(from: "attack/2021-08-26-kabul-airport", to: "attack/2020-08-02-jalalabad-prison") { steps { ${step} } } }`;
    const slim = recording();
    const full = recording();
    const a = await graphql(slim.api, query('from { id } to { id } edge { type }'));
    const b = await graphql(full.api, query('from { id name description } to { id kind } edge { type evidence { quote } validity { kind } } sentence'));
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const ids = (d: any) => d.paths.map((p: any) => p.steps.map((s: any) => [s.from.id, s.edge.type, s.to.id]));
    expect(ids(a.data)).toEqual(ids(b.data));
    expect(ids(a.data).length).toBeGreaterThan(1);
    const steps = (x: typeof slim) => x.seen.find((s) => s.cypher === cypher('queries/path-steps'))!;
    expect(steps(slim).params).toMatchObject({ props: ['id'], relProps: ['id', 'startId'] });
    expect(steps(slim).json).not.toContain('quotes');
    // A sentence reads the relationship whole and the ends' names.
    expect(steps(full).params).toMatchObject({ props: ['assessment', 'description', 'id', 'name'], relProps: null });
    expect(b.data!.paths[0].steps[0].from.description).toEqual(expect.any(String));
  });

  it("a hub's relationships carry only the ends' selected properties, and the same answer as a full read", async () => {
    const query = (ends: string) =>
      `{ entity(id: "group/iskp") { relationships(first: 100) { totalCount edges { node { id type from { ${ends} } to { ${ends} } } } } } }`;
    const slim = recording();
    const full = recording();
    const a = await graphql(slim.api, query('id'));
    const b = await graphql(full.api, query('id name aliases description evidence { quote }'));
    expect(a.errors).toBeUndefined();
    const ids = (d: any) => d.entity.relationships.edges.map((e: any) => [e.node.id, e.node.from.id, e.node.to.id]);
    expect(ids(a.data)).toEqual(ids(b.data));
    expect(ids(a.data).length).toBeGreaterThan(50);
    // One statement each: the entity with its relationships folded in (src/graphql/fold.ts), the ends as ['id'].
    expect(slim.seen).toHaveLength(1);
    expect(Object.values(slim.seen[0]!.params)).toContainEqual(['id']);
    // The ends' quotes and descriptions no longer travel: well under half the bytes.
    expect(bytes(slim.seen)).toBeLessThan(bytes(full.seen) / 2);
  });

  it('nested links (perpetrators, places and their parents) project what each level selects', async () => {
    const { api, seen } = recording();
    const r = await graphql(
      api,
      '{ attacks(first: 10) { edges { node { id date { text } perpetrators { entity { name } } places { id ... on Place { parents { name } } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const node = r.data!.attacks.edges[0].node;
    expect(node.perpetrators.length).toBeGreaterThan(0);
    expect(node.perpetrators[0].entity.name).toEqual(expect.any(String));
    // One statement, each level projected to its own selection: the attacks ['date', 'id'], the perpetrators'
    // entities and the places' parents ['id', 'name'], the places ['id'], the perpetrated edges ['id', 'sourceIds', …]
    // only when evidence or attribution is asked (here: ['id']).
    expect(seen).toHaveLength(1);
    const [statement] = seen;
    expect(statement!.cypher).toContain('MATCH (a:Attack)');
    expect(statement!.params.props).toEqual(['date', 'id']);
    const lists = Object.values(statement!.params).filter(Array.isArray);
    expect(lists.filter((l) => JSON.stringify(l) === '["id","name"]')).toHaveLength(2);
    expect(lists).toContainEqual(['id']);
    expect(statement!.json).not.toContain('quotes');
  });
  it('a neighbourhood carries only the selected node and edge properties, with the same nodes and edges', async () => {
    const query = (node: string, edge: string) =>
      `{ neighborhood(id: "person/aslam-farooqi", depth: 2, limit: 500) { nodes { ${node} } edges { ${edge} from { id } to { id } } } }`;
    const slim = recording();
    const full = recording();
    const a = await graphql(slim.api, query('id name kind', 'id type'));
    const b = await graphql(full.api, query('id name kind description aliases evidence { quote }', 'id type sentence validity { kind } evidence { quote }'));
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const shape = (d: any) => [d.neighborhood.nodes.map((n: any) => n.id), d.neighborhood.edges.map((e: any) => [e.id, e.from.id, e.to.id])];
    expect(shape(a.data)).toEqual(shape(b.data));
    expect(a.data!.neighborhood.nodes.length).toBeGreaterThan(50);
    expect(slim.seen[0]!.params.props).toEqual(['id', 'name']);
    expect(slim.seen[0]!.params.relProps).toEqual(['id']);
    // Sentences and validity read the whole relationship: the full request asks for every property.
    expect(full.seen[0]!.params.relProps).toBeNull();
    expect(bytes(slim.seen)).toBeLessThan(bytes(full.seen) / 3);
  });
});

describe('selections kept across requests (src/graphql/selection.ts)', () => {
  // One API, so what a request parsed is what the next one finds: each must still get what it asks for.
  const api = createApi(db);
  const names = async () => new Map((await db.read('MATCH (n:Entity) RETURN n.id AS id, n.name AS name')).records.map((r) => [r.get('id'), r.get('name')]));

  it('the same query with other variables: other page sizes and other included fields', async () => {
    const byId = await names();
    const q = `query($first: Int!, $withName: Boolean!) { entity(id: "group/iskp") {
      relationships(first: $first) { edges { node { from { id name @include(if: $withName) } } } } } }`;
    for (const [first, withName] of [
      [3, false],
      [5, true],
      [3, false],
      [4, true],
    ] as const) {
      const r = await graphql(api, q, { first, withName });
      expect(r.errors).toBeUndefined();
      const edges = (r.data!.entity as any).relationships.edges as { node: { from: { id: string; name?: string } } }[];
      expect(edges).toHaveLength(first);
      for (const { node } of edges) expect(node.from.name, `first ${first}`).toBe(withName ? byId.get(node.from.id) : undefined);
    }
  });

  it('variables too large to keep as keys are parsed for their request, and still read what each asks', async () => {
    // 800 times the same type: over 4 KB of variables (MAX_KEPT_VARIABLES in selection.ts).
    const q = `query($types: [String!], $first: Int!) { entity(id: "group/iskp") {
      relationships(types: $types, first: $first) { edges { node { type from { id } } } } } }`;
    const types = (type: string) => Array.from({ length: 800 }, () => type);
    for (const [type, first] of [
      ['LED', 2],
      ['MEMBER_OF', 3],
      ['LED', 1],
    ] as const) {
      const r = await graphql(api, q, { types: types(type), first });
      expect(r.errors).toBeUndefined();
      const edges = (r.data!.entity as any).relationships.edges as { node: { type: string } }[];
      expect(edges.length, type).toBe(first);
      expect(new Set(edges.map((e) => e.node.type)), type).toEqual(new Set([type]));
    }
  });

  it('a field merged with different siblings in two operations of one document', async () => {
    const byId = await names();
    // The same field node of F, alone in A, merged with the entity field of B there: B must read the names too.
    const query = `fragment F on Query { entity(id: "group/iskp") { relationships(first: 4) { edges { node { type } } } } }
      query A { ...F }
      query B { ...F entity(id: "group/iskp") { relationships(first: 4) { edges { node { to { id name } } } } } }`;
    const ask = async (operationName: string) =>
      (await (
        await api.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, operationName }),
        })
      ).json()) as { data?: any; errors?: unknown };
    for (const name of ['A', 'B', 'A', 'B']) {
      const r = await ask(name);
      expect(r.errors).toBeUndefined();
      const edges = r.data.entity.relationships.edges as { node: { type: string; to?: { id: string; name: string } } }[];
      expect(edges).toHaveLength(4);
      for (const { node } of edges) expect(node.to?.name, name).toBe(name === 'B' ? byId.get(node.to!.id) : undefined);
    }
  });
});
