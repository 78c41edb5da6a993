// Issue 8: who may call /graphql (CORS, CSRF), what production serves, and what a down or frozen Neo4j looks like.
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { Server } from 'node:http';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/driver.js';
import { toDatabaseError } from '../src/db/errors.js';
import { createApi } from '../src/graphql/yoga.js';
import { startServer } from '../src/server.js';
import { graphql, testConfig, testDatabase } from './helpers.js';

const PORT = Number(process.env.PORT ?? 4120) + 8;
const base = `http://127.0.0.1:${PORT}`;
const env = { NODE_ENV: 'production', API_CORS_ORIGINS: 'https://allowed.example' };
let db: Database;
let server: Server;

beforeAll(async () => {
  db = testDatabase(env);
  server = await startServer(testConfig({ ...env, PORT: String(PORT), HOST: '127.0.0.1' }), db);
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await db.close();
});

const post = (headers: Record<string, string>, body = JSON.stringify({ query: '{ stats { labels { count } } }' })) =>
  fetch(`${base}/graphql`, { method: 'POST', headers, body });

describe('CORS and CSRF (item 13)', () => {
  it('does not reflect a foreign origin, null included, and never allows credentials', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const res = await post({ 'content-type': 'application/json', origin });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });
  it('allows a listed origin, without credentials', async () => {
    const res = await post({ 'content-type': 'application/json', origin: 'https://allowed.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
  it('refuses form-encoded and text/plain posts, and GETs without the CSRF header', async () => {
    const form = await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'query=%7B+stats+%7B+labels+%7B+count+%7D+%7D+%7D');
    expect(form.status).toBe(415);
    expect((await post({ 'content-type': 'text/plain' })).status).toBe(415);
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { labels { count } } }')}`);
    expect(get.status).toBe(403);
  });
});

describe('production mode (item 15)', () => {
  it('refuses introspection and gives no "Did you mean" hints', async () => {
    const api = createApi(db);
    const intro = await graphql(api, '{ __schema { types { name } } }');
    expect(intro.data).toBeUndefined();
    const typo = await graphql(api, '{ stat { nodes } }');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });
  it('serves no GraphiQL page', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql/i);
  });
  it('gzips static files and sets the usual security headers', async () => {
    const res = await fetch(`${base}/guide/khorasan.html`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('Neo4j down or frozen (items 9, 10, 14)', () => {
  it('answers SERVICE_UNAVAILABLE within a second when nothing listens, without URI or password', async () => {
    const down = testDatabase({ NEO4J_URI: 'bolt://neo4j:s3cret-pass@127.0.0.1:1' });
    try {
      const started = performance.now();
      const r = await graphql(createApi(down), '{ stats { labels { count } } }');
      expect(performance.now() - started).toBeLessThan(1000);
      expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(r)).not.toMatch(/bolt|127\.0\.0\.1|s3cret|NEO4J_/);
    } finally {
      await down.close();
    }
  });

  it('abandons a query when Neo4j accepts the connection but never answers (as under SIGSTOP)', async () => {
    // A socket that accepts and stays silent is what a frozen Neo4j looks like to the driver.
    const sockets: Socket[] = [];
    const silent: TcpServer = createTcpServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const frozen = testDatabase({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_DEADLINE_MS: '1500' });
    try {
      const started = performance.now();
      const r = await graphql(createApi(frozen), '{ stats { labels { count } } }');
      expect(performance.now() - started).toBeLessThan(4000);
      expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
      await frozen.close();
    }
  });

  it('maps DatabaseUnavailable (a graceful stop) to SERVICE_UNAVAILABLE and QUERY_TIMEOUT to a plain sentence', () => {
    const config = testConfig();
    const stopping = toDatabaseError(new Neo4jError('db stopping', 'Neo.TransientError.General.DatabaseUnavailable', '', ''), config);
    expect(stopping.code).toBe('SERVICE_UNAVAILABLE');
    const slow = toDatabaseError(new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', ''), config);
    expect(slow.code).toBe('QUERY_TIMEOUT');
    expect(slow.message).not.toMatch(/NEO4J_/);
    expect(slow.detail).toMatch(/NEO4J_TX_TIMEOUT_MS/);
  });
});
