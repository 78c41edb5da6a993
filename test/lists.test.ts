// Issue 10: a list per kind with where / sort / Relay paging both ways, checked against answers computed
// independently (plain Cypher reads of the stored properties, filtered and sorted here in TypeScript).
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { listCypher } from '../src/graphql/lists/list-query.js';
import { nodePredicate, Params } from '../src/graphql/lists/where.js';
import type { ExtraCondition } from '../src/graphql/lists/list-resolver.js';
import { attackFilterConditions, claimConditions } from '../src/graphql/lists/older-arguments.js';
import { listFieldName } from '../src/model/list-fields.js';
import { nodeLabels, relationshipTypeNames } from '../src/model/model.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
const api = createApi(db);
afterAll(() => db.close());

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const r = await graphql(api, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}
const rows = async (cypher: string, params: Record<string, unknown> = {}) => (await db.read(cypher, params)).records.map((r) => r.toObject() as any);

/** Every page of a list, walking forward with first/after or backward with last/before; ids in list order. */
async function walk(field: string, args: string, size: number, backward = false): Promise<{ ids: string[]; totals: number[]; pages: any[] }> {
  const q = `query($c: String) { ${field}(${args}${args ? ', ' : ''}${backward ? `last: ${size}, before: $c` : `first: ${size}, after: $c`}) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
  const pages: any[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: any = (await ok(q, { c: cursor }))[field];
    pages.push(page);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) break;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  const ordered = backward ? [...pages].reverse() : pages;
  return { ids: ordered.flatMap((p) => p.edges.map((e: any) => e.node.id)), totals: pages.map((p) => p.totalCount), pages };
}

// Sorting as the lists promise: absent values last in both directions, ties by id.
function sortBy<T extends Record<string, any>>(items: T[], keys: [keyof T, 'ASC' | 'DESC'][]): T[] {
  return [...items].sort((a, b) => {
    for (const [k, dir] of keys) {
      const x = a[k];
      const y = b[k];
      if (x == null && y == null) continue;
      if (x == null) return 1;
      if (y == null) return -1;
      if (x < y) return dir === 'ASC' ? -1 : 1;
      if (x > y) return dir === 'ASC' ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

describe('the model-derived schema', () => {
  const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));

  it('has a RelationshipType enum with exactly the model’s types', () => {
    const values = (schema.getType('RelationshipType') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values).toEqual(relationshipTypeNames);
  });

  it('has a list with where, sort and both paging directions for every kind', () => {
    const fields = schema.getQueryType()!.getFields();
    for (const label of nodeLabels) {
      const list = fields[listFieldName(label)];
      expect(list, label).toBeDefined();
      expect(list!.args.map((a) => a.name)).toEqual(expect.arrayContaining(['where', 'sort', 'first', 'after', 'last', 'before']));
      expect(String(list!.args.find((a) => a.name === 'where')!.type)).toBe(`${label}Where`);
    }
  });
});

describe('every kind’s list', () => {
  it.each(nodeLabels)('%s: totalCount is the number of nodes with the label (an attack reported twice counted once)', async (label) => {
    const field = listFieldName(label);
    const d = await ok(`{ ${field}(first: 1) { totalCount } withWhere: ${field}(where: { id: { startsWith: "" } }) { totalCount } }`);
    const [{ c }] = await rows(`MATCH (n:${label}) WHERE n.duplicateOf IS NULL RETURN count(n) AS c`);
    expect(d.withWhere.totalCount).toBe(c);
    expect(d[field].totalCount).toBe(c);
    expect(c).toBeGreaterThan(0);
  });
});

describe('where, sort and paging against independent answers', () => {
  it('attacks since 2021 with at least 5 killed, deadliest first then oldest: forward and backward pages agree with the answer', async () => {
    const all = await rows(
      'MATCH (a:Attack) RETURN a.id AS id, a.duplicateOf AS duplicateOf, toString(a.dateStart) AS start, toString(a.dateEnd) AS end, a.killedMax AS killedMax',
    );
    const byId = new Map(all.map((a) => [a.id, a]));
    // A record that duplicates another is listed as that other one, once.
    const matching = all.filter((a) => a.end != null && a.end >= '2021-01-01' && a.killedMax != null && a.killedMax >= 5);
    const once = [...new Set(matching.map((a) => a.duplicateOf ?? a.id))].map((id) => byId.get(id)!);
    const expected = sortBy(once, [
      ['killedMax', 'DESC'],
      ['start', 'ASC'],
    ]).map((a) => a.id);
    // More than one page either way.
    expect(expected.length).toBeGreaterThan(4);
    const args = 'where: { date: { gte: "2021-01-01" }, killedMax: { gte: 5 } }, sort: [{ killedMax: DESC }, { date: ASC }]';
    const forward = await walk('attacks', args, 4);
    const backward = await walk('attacks', args, 3, true);
    expect(forward.ids).toEqual(expected);
    expect(backward.ids).toEqual(expected);
    expect(new Set([...forward.totals, ...backward.totals])).toEqual(new Set([expected.length]));
    // First page has no previous page, last page no next page; the ones between have both.
    expect(forward.pages[0].pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(forward.pages.at(-1).pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(backward.pages[0].pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('events sorted by date put the undated last in both directions', async () => {
    const all = await rows('MATCH (e:Event) RETURN e.id AS id, toString(e.dateStart) AS start');
    const undated = all.filter((e) => e.start == null).length;
    expect(undated).toBeGreaterThan(0);
    for (const dir of ['ASC', 'DESC'] as const) {
      const { ids } = await walk('events', `sort: [{ date: ${dir} }]`, 50);
      expect(ids).toEqual(sortBy(all, [['start', dir]]).map((e) => e.id));
    }
    const d = await ok('{ events(where: { date: { exists: false } }, first: 100) { totalCount } }');
    expect(d.events.totalCount).toBe(undated);
  });

  it('people: OR, NOT and startsWith/contains, sorted by name descending', async () => {
    const all = await rows('MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.role AS role');
    const expected = sortBy(
      all.filter((p) => (p.name.startsWith('Abu') || p.name.toLowerCase().includes('al-')) && !(p.role != null && p.role.toLowerCase().includes('emir'))),
      [['name', 'DESC']],
    ).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(2);
    const args = 'where: { OR: [{ name: { startsWith: "Abu" } }, { name: { contains: "AL-" } }], NOT: { role: { contains: "emir" } } }, sort: [{ name: DESC }]';
    expect((await walk('people', args, 2)).ids).toEqual(expected);
    expect((await walk('people', args, 2, true)).ids).toEqual(expected);
  });

  it('first and last together: Relay’s order (after/before cut, then first, then last)', async () => {
    const { ids } = await walk('groups', '', 100);
    const d = await ok('{ groups(first: 10, last: 3) { pageInfo { hasPreviousPage hasNextPage } edges { node { id } } } }');
    expect(d.groups.edges.map((e: any) => e.node.id)).toEqual(ids.slice(7, 10));
    expect(d.groups.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const first = await ok('{ groups(first: 5) { edges { cursor } } }');
    const after = first.groups.edges[1].cursor;
    const before = first.groups.edges[4].cursor;
    const between = await ok(`{ groups(after: "${after}", before: "${before}") { edges { node { id } } } }`);
    expect(between.groups.edges.map((e: any) => e.node.id)).toEqual(ids.slice(2, 4));
  });

  it('relationship filters: some with type, direction, properties and the other end; none', async () => {
    const [{ c: claimed }] = await rows(
      "MATCH (a:Attack) WHERE EXISTS { MATCH (:Entity {id: 'group/iskp'})-[r:PERPETRATED]->(a) WHERE r.attribution = 'claimed' } RETURN count(a) AS c",
    );
    const d = await ok(`{ attacks(where: { relationships: { some: { type: { eq: PERPETRATED }, direction: IN, attribution: { eq: CLAIMED },
      node: { id: { eq: "group/iskp" } } } } }) { totalCount } }`);
    expect(d.attacks.totalCount).toBe(claimed);
    const [{ c: top }] = await rows('MATCH (p:Place) WHERE NOT EXISTS { (p)-[:PART_OF]->(:Entity) } RETURN count(p) AS c');
    const none = await ok('{ places(where: { relationships: { none: { type: { eq: PART_OF }, direction: OUT } } }) { totalCount } }');
    expect(none.places.totalCount).toBe(top);
    // Leaders with a dated tenure starting before 2017, and high confidence.
    const [{ c: early }] = await rows(
      "MATCH (p:Person) WHERE EXISTS { MATCH (p)-[r:LED]->(:Group) WHERE r.validFrom < date('2017-01-01') AND r.confidence = 'high' } RETURN count(p) AS c",
    );
    const led = await ok(`{ people(where: { relationships: { some: { type: { in: [LED] }, direction: OUT, from: { lt: "2017-01-01" },
      confidence: { eq: HIGH }, node: { kind: { eq: GROUP } } } } }) { totalCount } }`);
    expect(led.people.totalCount).toBe(early);
    expect(early).toBeGreaterThan(0);
  });

  it('within: the other end is a place or inside it, as the older place filter', async () => {
    for (const place of ['place/nangarhar-province', 'place/kabul', 'place/afghanistan']) {
      const [{ c }] = await rows(
        'MATCH (a:Attack) WHERE EXISTS { MATCH (a)-[:OCCURRED_AT]->(:Place)-[:PART_OF]->{0,6}(:Place {id: $place}) } RETURN count(a) AS c',
        { place },
      );
      const d = await ok(`{ attacks(where: { relationships: { some: { type: { eq: OCCURRED_AT }, node: { within: "${place}" } } } }) { totalCount }
        older: attacks(filter: { place: "${place}" }) { totalCount } }`);
      expect(d.attacks.totalCount, place).toBe(c);
      expect(d.older.totalCount, place).toBe(c);
      expect(c, place).toBeGreaterThan(0);
    }
  });

  it('the derived death toll (best of the reports) filters and sorts, an attack reported twice listed once', async () => {
    const all = await rows('MATCH (a:Attack) RETURN a.id AS id, a.duplicateOf AS duplicateOf, a.killedBest AS best');
    const byId = new Map(all.map((a) => [a.id, a]));
    // Either reading of an attack reported twice matching lists the record it duplicates, once.
    const once = [...new Set(all.filter((a) => a.best != null && a.best >= 20).map((a) => a.duplicateOf ?? a.id))].map((id) => byId.get(id)!);
    const expected = sortBy(once, [['best', 'DESC']]).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(4);
    expect((await walk('attacks', 'where: { killedBest: { gte: 20 } }, sort: [{ killedBest: DESC }]', 4)).ids).toEqual(expected);
  });

  it('enum filters use the model’s values', async () => {
    const [{ c }] = await rows("MATCH (g:Group) WHERE g.groupType IN ['militant-group', 'media-outlet'] RETURN count(g) AS c");
    const d = await ok('{ groups(where: { groupType: { in: [MILITANT_GROUP, MEDIA_OUTLET] } }) { totalCount } }');
    expect(d.groups.totalCount).toBe(c);
  });

  it('attacks: where together with the older filter and orderBy', async () => {
    const [{ c }] = await rows(`MATCH (a:Attack)
      WHERE EXISTS { MATCH (a)-[:OCCURRED_AT]->(:Place)-[:PART_OF]->{0,6}(:Place {id: 'place/kabul'}) } AND a.tactic IS NOT NULL
      RETURN count(a) AS c`);
    const d = await ok('{ attacks(filter: { place: "place/kabul" }, where: { tactic: { exists: true } }, orderBy: DATE_ASC, first: 100) { totalCount } }');
    expect(d.attacks.totalCount).toBe(c);
  });
});

describe('projection', () => {
  it('a list reads only the selected properties of its items', async () => {
    const seen: { cypher: string; params: Record<string, unknown>; json: string }[] = [];
    const recording = createApi({
      ...db,
      read: async (cypher: string, params?: Record<string, unknown>) => {
        const r = await db.read(cypher, params);
        seen.push({ cypher, params: params ?? {}, json: JSON.stringify(r.records.map((x) => x.toObject())) });
        return r;
      },
    } as typeof db);
    const r = await graphql(
      recording,
      '{ publications(first: 50, where: { date: { exists: true } }) { edges { node { name ... on Publication { date { text } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.params.props).toEqual(['date', 'id', 'name']);
    expect(seen[0]!.json).not.toContain('quotes');
    expect(seen[0]!.json).not.toContain('description');
  });
});

describe('claims by several subjects, assessment, maker and statement text', () => {
  it('aboutAny, assessment, madeBy and statementContains each match a direct count', async () => {
    const count = async (where: string, params: Record<string, unknown> = {}) =>
      (await rows(`MATCH (c:Claim) WHERE ${where} RETURN count(c) AS c`, params))[0].c;
    const subjects = ['group/islamic-state', 'group/iskp'];
    const cases: [string, string, number][] = [
      ['aboutAny', `aboutAny: ${JSON.stringify(subjects)}`, await count('EXISTS { MATCH (c)-[:ABOUT]->(s) WHERE s.id IN $s }', { s: subjects })],
      ['assessment', 'assessment: [DISPUTED, NO_EVIDENCE]', await count("c.assessment IN ['disputed', 'no-evidence']")],
      ['madeBy', 'madeBy: "person/ebrahim-raisi"', await count("EXISTS { MATCH (:Entity {id: 'person/ebrahim-raisi'})-[:MADE_CLAIM]->(c) }")],
      ['statementContains', 'statementContains: "ISRAEL"', await count("toLower(c.statement) CONTAINS 'israel'")],
      [
        'all four',
        `aboutAny: ${JSON.stringify(subjects)}, assessment: [CONSPIRACY_THEORY, DISINFORMATION], statementContains: "israel"`,
        await count(
          "EXISTS { MATCH (c)-[:ABOUT]->(s) WHERE s.id IN $s } AND c.assessment IN ['conspiracy-theory', 'disinformation'] AND toLower(c.statement) CONTAINS 'israel'",
          { s: subjects },
        ),
      ],
    ];
    for (const [name, args, expected] of cases) {
      const d = await ok(`{ claims(${args}, first: 100) { totalCount edges { node { id } } } }`);
      expect(d.claims.totalCount, name).toBe(expected);
      expect(expected, name).toBeGreaterThan(0);
    }
  });

  it('about two subjects at once (AND of two relationship filters)', async () => {
    const [{ c }] = await rows(
      "MATCH (c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(:Entity {id: 'group/islamic-state'}) } AND EXISTS { (c)-[:ABOUT]->(:Entity {id: 'place/israel'}) } RETURN count(c) AS c",
    );
    const about = (id: string) => `{ relationships: { some: { type: { eq: ABOUT }, direction: OUT, node: { id: { eq: "${id}" } } } } }`;
    const d = await ok(`{ claims(where: { AND: [${about('group/islamic-state')}, ${about('place/israel')}] }) { totalCount } }`);
    expect(d.claims.totalCount).toBe(c);
  });

  it('an unknown subject is NOT_FOUND', async () => {
    const r = await graphql(api, '{ claims(aboutAny: ["group/iskp", "group/nobody"]) { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('relationshipSummary', () => {
  it('gives each type and direction with the count the graph holds, summing to the relationships total', async () => {
    const d = await ok('{ entity(id: "group/iskp") { relationshipSummary { type direction count } relationships(first: 1) { totalCount } } }');
    const expected = await rows(`MATCH (n:Entity {id: 'group/iskp'})-[r]-(:Entity)
      RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS count`);
    const key = (x: any) => `${x.type}/${x.direction}`;
    expect(Object.fromEntries(d.entity.relationshipSummary.map((x: any) => [key(x), x.count]))).toEqual(
      Object.fromEntries(expected.map((x: any) => [key(x), x.count])),
    );
    const sum = d.entity.relationshipSummary.reduce((s: number, x: any) => s + x.count, 0);
    expect(sum).toBe(d.entity.relationships.totalCount);
  });

  it('costs one query for a whole list (plus the list itself)', async () => {
    const contexts: { queryCount(): number }[] = [];
    const counting = createApi(db, { onContext: (c) => contexts.push(c) });
    const r = await graphql(counting, '{ people(first: 30) { edges { node { relationshipSummary { type count } } } } }');
    expect(r.errors).toBeUndefined();
    expect(contexts[0]!.queryCount()).toBe(2);
  });
});

describe('bounds and safety', () => {
  // The plan of the statement the list runs, built as the resolver builds it.
  async function plan(label: 'Person' | 'Attack', where: Record<string, unknown>): Promise<string[]> {
    const p = new Params('where');
    const text = listCypher(label, nodePredicate(p, label, 'n', where), [{ field: 'name', direction: 'ASC' }]);
    const r = await db.read(`EXPLAIN ${text}`, { ...p.values, start: 0, before: null, first: 20, last: null, props: ['id'] });
    const ops: string[] = [];
    const visit = (node: any) => {
      ops.push(node.operatorType);
      node.children.forEach(visit);
    };
    visit(r.summary.plan);
    return ops;
  }

  it('an older argument that names one entity starts the list there: the same pages as testing every node, no scan', async () => {
    // Every entity each anchored argument can name, run both ways: anchored, and as the condition on every node.
    const named = async (pattern: string) => (await rows(`MATCH ${pattern} RETURN DISTINCT e.id AS id ORDER BY id`)).map((r) => r.id as string);
    const cases: ['Claim' | 'Attack', ExtraCondition[]][] = [
      ...(await named('(:Claim)-[:ABOUT]->(e)')).map((id): ['Claim', ExtraCondition[]] => ['Claim', claimConditions({ about: id }).extra]),
      ...(await named('(e)-[:MADE_CLAIM]->(:Claim)')).map((id): ['Claim', ExtraCondition[]] => ['Claim', claimConditions({ madeBy: id }).extra]),
      ...(await named('(e)-[:PERPETRATED]->(:Attack)')).map((id): ['Attack', ExtraCondition[]] => [
        'Attack',
        attackFilterConditions({ perpetrator: id }).extra,
      ]),
      ...(await named('(e)-[:PERPETRATED]->(:Attack)')).map((id): ['Attack', ExtraCondition[]] => [
        'Attack',
        attackFilterConditions({ perpetrator: id, attribution: ['claimed'] }).extra,
      ]),
      ...(await named('(:Attack)-[:TARGETED]->(e)')).map((id): ['Attack', ExtraCondition[]] => ['Attack', attackFilterConditions({ target: id }).extra]),
      ...(await named('(e:Place)')).map((id): ['Attack', ExtraCondition[]] => ['Attack', attackFilterConditions({ place: id, from: '2018-01-01' }).extra]),
    ];
    expect(cases.length).toBeGreaterThan(100);
    let nonEmpty = 0;
    for (const [label, extra] of cases) {
      const anchor = extra.find((e) => e.anchor)!;
      const others = extra.filter((e) => e !== anchor).map((e) => `(${e.cypher})`);
      const keys = [{ field: 'date', direction: 'DESC' as const }];
      const params = { ...Object.assign({}, ...extra.map((e) => e.params)), start: 0, before: null, first: 1000, last: null, props: ['id'], required: [] };
      const page = async (text: string) => (await db.read(text, params)).records[0]!.get('page').map((x: any) => x.values[0]);
      const anchored = listCypher(label, others.join(' AND ') || 'true', keys, anchor.anchor);
      expect(anchored).not.toContain(`MATCH (n:${label})`);
      const scanned = await page(listCypher(label, [...others, `(${anchor.cypher})`].join(' AND '), keys));
      expect(await page(anchored), JSON.stringify(anchor.params)).toEqual(scanned);
      if (scanned.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(80);
  });

  it('indexed filters seek, not scan: id and name on the kind label', async () => {
    for (const where of [{ id: { eq: 'person/abu-sayed' } }, { id: { in: ['person/abu-sayed', 'person/hafiz-saeed-khan'] } }]) {
      const ops = await plan('Person', where);
      expect(ops.join(' '), JSON.stringify(where)).toMatch(/NodeUniqueIndexSeek/);
      expect(ops.join(' ')).not.toMatch(/NodeByLabelScan|AllNodesScan/);
    }
    for (const where of [{ name: { eq: 'Abu Sayed' } }, { name: { startsWith: 'Abu' } }]) {
      const ops = await plan('Person', where);
      expect(ops.join(' '), JSON.stringify(where)).toMatch(/NodeIndexSeek/);
      expect(ops.join(' ')).not.toMatch(/NodeByLabelScan|AllNodesScan/);
    }
    // Without an indexed filter the label is scanned: the check above can fail.
    expect((await plan('Person', { role: { contains: 'emir' } })).join(' ')).toMatch(/NodeByLabelScan/);
  });

  it('values never become Cypher: a quote in a filter value is just text', async () => {
    const d = await ok(
      `{ people(where: { name: { eq: "x' OR 1=1 //" } }) { totalCount } groups(where: { name: { contains: "\\") RETURN 1 //" } }) { totalCount } }`,
    );
    expect(d.people.totalCount).toBe(0);
    expect(d.groups.totalCount).toBe(0);
  });

  it.each([
    ['{ people(last: 101) { totalCount } }', 'last', /between 1 and 100/],
    ['{ people(before: "bogus") { totalCount } }', 'before', /not a cursor/],
    ['{ people(sort: [{ name: ASC, id: DESC }]) { totalCount } }', 'sort[0]', /exactly one field/],
    ['{ people(where: { born: { gte: "2020-13-01" } }) { totalCount } }', 'where.born.gte', /YYYY-MM-DD/],
  ])('%s is BAD_USER_INPUT naming %s', async (query, argument, message) => {
    const r = await graphql(api, query);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(r.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a filter with too many conditions', async () => {
    const many = Array.from({ length: 41 }, (_, i) => `{ name: { eq: "n${i}" } }`).join(', ');
    const r = await graphql(api, `{ people(where: { OR: [${many}] }) { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/more than 40 conditions/);
  });

  it('counts last given as a variable in the cost, like first', async () => {
    const q = `query($n: Int) { people(last: $n) { edges { node { relationships(first: $n) { edges { node { to {
      relationships(first: $n) { edges { node { id } } } } } } } } } } }`;
    const r = await graphql(api, q, { n: 100 });
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await graphql(api, q, { n: 2 })).errors).toBeUndefined();
  });
});
