// Reads stay bounded as the graph grows (issue 9, "flat with size"): counts come from Neo4j's count store, and a
// path search stops at the length asked for instead of searching to six hops and filtering afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/db/cypher-files.js';
import { pathsStatement } from '../src/db/path-statements.js';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());
const api = createApi(db);

/** Every operator of a PROFILEd statement, and its total database hits. */
async function profile(statement: string, params: Record<string, unknown> = {}) {
  const r = await db.read(`PROFILE ${statement}`, params);
  const operators: string[] = [];
  let dbHits = 0;
  const walk = (p: { operatorType: string; dbHits: number; children: unknown[] }) => {
    operators.push(p.operatorType.replace(/@.*/, ''));
    dbHits += p.dbHits;
    p.children.forEach((c) => walk(c as typeof p));
  };
  walk(r.summary.profile as never);
  return { operators, dbHits };
}

describe('stats', () => {
  it('comes from the count store: no scan of nodes or relationships, whatever the graph size', async () => {
    const { operators, dbHits } = await profile(cypher('queries/stats'));
    expect(operators.filter((o) => /Scan|Expand/.test(o))).toEqual([]);
    expect(operators).toContain('ProcedureCall');
    expect(dbHits).toBeLessThan(100);
  });

  it('counts the same as scanning the graph', async () => {
    const scanned = await db.read(`
      RETURN COLLECT { MATCH (n) UNWIND labels(n) AS name WITH name, count(*) AS count ORDER BY name RETURN {name: name, count: count} } AS labels,
        COLLECT { MATCH ()-[r]->() WITH type(r) AS name, count(*) AS count ORDER BY name RETURN {name: name, count: count} } AS relationshipTypes`);
    const r = await graphql(api, '{ stats { labels { name count } relationshipTypes { name count } } }');
    const plain = (xs: { name: string; count: unknown }[]) => xs.map((x) => ({ name: x.name, count: Number(x.count) }));
    expect(r.data!.stats.labels).toEqual(plain(scanned.records[0]!.get('labels')));
    expect(r.data!.stats.relationshipTypes).toEqual(plain(scanned.records[0]!.get('relationshipTypes')));
  });
});

describe('paths', () => {
  const pair = { from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison' };
  const ask = (maxLength: number) =>
    graphql(api, 'query($from: ID!, $to: ID!, $m: Int) { paths(from: $from, to: $to, maxLength: $m) { length } }', { ...pair, m: maxLength });

  it('search only as far as maxLength: shorter bounds find nothing longer and cost fewer database hits', async () => {
    const found = (await ask(6)).data!.paths as { length: number }[];
    expect(found.length).toBeGreaterThan(0);
    const shortest = Math.min(...found.map((p) => p.length));
    expect((await ask(shortest)).data!.paths.length).toBeGreaterThan(0);
    expect((await ask(shortest - 1)).data!.paths).toEqual([]);
    const params = { ...pair, types: null, first: 5 };
    const [near, far] = [await profile(pathsStatement(false, shortest), params), await profile(pathsStatement(false, 6), params)];
    expect(near.dbHits).toBeLessThan(far.dbHits);
  });

  it('the bound is one of six fixed statements, never text from the request', () => {
    expect(pathsStatement(true, 3)).toContain('{1,3}');
    expect(() => pathsStatement(true, 7)).toThrow(RangeError);
    expect(() => pathsStatement(true, 2.5)).toThrow(RangeError);
  });
});
