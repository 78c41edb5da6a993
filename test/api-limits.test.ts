// Issue 8: bounded input, cost on variables, short error echoes, timeline on empty results, cursors.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/driver.js';
import { byteBoundedCaches } from '../src/graphql/limits.js';
import { createApi } from '../src/graphql/yoga.js';
import { startServer } from '../src/server.js';
import { graphql, testConfig, testDatabase } from './helpers.js';

const PORT = Number(process.env.PORT ?? 4120) + 7;
const base = `http://127.0.0.1:${PORT}`;
let db: Database;
let server: Server;
const api = () => createApi(db);

beforeAll(async () => {
  const config = testConfig({ PORT: String(PORT), HOST: '127.0.0.1', API_MAX_BODY_BYTES: '100000', API_MAX_QUERY_CHARS: '5000' });
  db = testDatabase({ API_MAX_BODY_BYTES: '100000', API_MAX_QUERY_CHARS: '5000' });
  server = await startServer(config, db);
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('request size (item 5)', () => {
  it('refuses a body past API_MAX_BODY_BYTES with 413 and a code', async () => {
    const res = await post(JSON.stringify({ query: `{ stats { labels { count } } } #${'x'.repeat(200_000)}` }));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  });

  it('refuses a query past API_MAX_QUERY_CHARS with 400 and a code', async () => {
    const res = await post(JSON.stringify({ query: `{ health { version } } #${'x'.repeat(6000)}` }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(body.errors[0].message).toMatch(/at most 5000/);
  });

  it('keeps the parse caches under their byte budget', () => {
    const caches = byteBoundedCaches(100_000);
    for (let i = 0; i < 100; i++) caches.documentCache.set(`${i}${'x'.repeat(4000)}`, { kind: 'Document', definitions: [] } as never);
    expect(caches.documentCache.calculatedSize).toBeLessThanOrEqual(100_000);
    expect(caches.documentCache.size).toBeLessThan(5);
  });
});

describe('error echo (item 6)', () => {
  it('quotes only a short prefix of a rejected value', async () => {
    const huge = `a${'b'.repeat(50_000)}`;
    const aliases = Array.from({ length: 10 }, (_, i) => `e${i}: timeline(id: $id) { totalCount }`).join(' ');
    const r = await graphql(api(), `query($id: ID!) { ${aliases} }`, { id: huge });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r).length).toBeLessThan(5000);
    expect(r.errors?.[0]?.message).toMatch(/… \(50003 characters\)/);
  });
});

describe('cost limit (item 7)', () => {
  const q = `query($f: Int) { attacks(first: $f) { edges { node { relationships(first: $f) { edges { node { to {
    relationships(first: $f) { edges { node { id } } } } } } } } } } }`;
  it('counts first given as a variable like a literal, and says limit and cost', async () => {
    const r = await graphql(api(), q, { f: 100 });
    expect(r.data?.attacks ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors?.[0]?.message).toMatch(/cost \d+; the limit is 20000/);
  });
  it('lets the same query through with small pages', async () => {
    const r = await graphql(api(), q, { f: 2 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.attacks.edges.length).toBe(2);
  });
});

describe('timeline (item 8)', () => {
  it('is NOT_FOUND for an unknown id', async () => {
    const r = await graphql(api(), '{ timeline(id: "person/no-such-person") { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
  it('is empty, not an error, for a date window with nothing in it', async () => {
    const r = await graphql(
      api(),
      '{ timeline(id: "group/iskp", from: "1900-01-01", to: "1900-12-31") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.timeline).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('timeline paging (item 8)', () => {
  const page = (after: string | null, first = 7) =>
    graphql(
      api(),
      'query($after: String, $first: Int) { timeline(id: "group/iskp", first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { start sentence } } } }',
      { after, first },
    );

  it('walks a timeline page by page, each entry once, oldest first', async () => {
    const whole = await page(null, 100);
    const total = whole.data!.timeline.totalCount as number;
    expect(total).toBeGreaterThan(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r = await page(after);
      expect(r.errors).toBeUndefined();
      const t = r.data!.timeline;
      expect(t.totalCount).toBe(total);
      seen.push(...t.edges.map((e: any) => `${e.node.start} ${e.node.sentence}`));
      if (!t.pageInfo.hasNextPage) break;
      after = t.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.data!.timeline.edges.map((e: any) => `${e.node.start} ${e.node.sentence}`).slice(0, total));
    expect(seen.length).toBe(Math.min(total, 100));
    expect(seen.map((s) => s.slice(0, 10))).toEqual(seen.map((s) => s.slice(0, 10)).sort());
  });

  it('caps first at 100', async () => {
    const r = await page(null, 101);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.argument).toBe('first');
  });

  it("answers a hub's page quickly and projects only that page", { timeout: 60_000 }, async () => {
    // A stand-in for the 1,251-entry hub of the 100k-node graph: 1,300 dated relationships on one node.
    const hub = 'person/timeline-hub-test';
    await db.write(
      `CREATE (h:Entity:Person {id: $hub, name: 'Timeline hub (test)'})
       WITH h UNWIND range(1, 1300) AS i
       CREATE (h)-[:COORDINATED_WITH {id: 'rel/timeline-hub-' + i, from: '2001', validFrom: date('2001-01-01') + duration({days: i}), note: reduce(s = '', k IN range(1, 40) | s + 'padding ')}]->(:Entity:Person {id: 'person/timeline-hub-test-' + i, name: 'Spoke ' + i})`,
      { hub },
    );
    try {
      const started = performance.now();
      const r = await graphql(
        api(),
        `{ timeline(id: "${hub}", first: 3, after: "${Buffer.from('offset:1199').toString('base64url')}") { totalCount pageInfo { hasNextPage } edges { node { start } } } }`,
      );
      const ms = performance.now() - started;
      expect(r.errors).toBeUndefined();
      expect(r.data!.timeline.totalCount).toBe(1300);
      expect(r.data!.timeline.edges.map((e: any) => e.node.start)).toEqual(['2004-04-16', '2004-04-17', '2004-04-18']);
      expect(r.data!.timeline.pageInfo.hasNextPage).toBe(true);
      // Well inside the read timeout (the unbounded list ran past it); typically ~100 ms idle, seconds on a loaded machine.
      expect(ms).toBeLessThan(db.config.NEO4J_TX_TIMEOUT_MS);
    } finally {
      await db.write("MATCH (n:Entity) WHERE n.id STARTS WITH 'person/timeline-hub-test' DETACH DELETE n");
    }
  });
});

describe('cursors and GET parameters (item 17)', () => {
  it('answers BAD_USER_INPUT for a huge after cursor', async () => {
    const after = Buffer.from('offset:2147483647').toString('base64url');
    const r = await graphql(api(), `{ attacks(first: 2, after: "${after}") { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.argument).toBe('after');
  });
  it('answers 400 for GET with variables that are not JSON', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ health { version } }')}&variables=notjson`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
