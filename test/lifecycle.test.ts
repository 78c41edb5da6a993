// The server's life as an orchestrator sees it: /ready follows Neo4j down and back up, and a shutdown lets an
// in-flight request finish (or cuts it at the deadline), refuses new connections, and closes the driver.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { shutdown } from '../src/cli/shutdown.js';
import { createDatabase } from '../src/db/driver.js';
import { createApi } from '../src/graphql/yoga.js';
import { startServer } from '../src/server.js';
import { testConfig } from './helpers.js';
import { relay } from './tcp-relay.js';

const neo4jUrl = new URL(testConfig().boltUri.replace(/^bolt/, 'http'));

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await what();
    if (ok(value) || Date.now() - started > timeoutMs) return { value, ms: Date.now() - started };
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('/ready follows Neo4j', () => {
  const proxy = relay(neo4jUrl);
  afterAll(() => proxy.close());

  it('is 200, turns 503 when Neo4j stops answering, and 200 again when it is back', { timeout: 60_000 }, async () => {
    const port = await proxy.open(0);
    const db = createDatabase(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }));
    const api = createApi(db);
    const ready = async () => {
      const r = await api.fetch('http://yoga/ready');
      return { status: r.status, body: (await r.json()) as Record<string, string> };
    };
    try {
      expect(await ready()).toEqual({ status: 200, body: { status: 'ready', neo4j: 'ok', graph: 'loaded' } });
      await proxy.close();
      const down = await until(ready, (r) => r.status === 503, 15_000);
      expect(down.value).toEqual({ status: 503, body: { status: 'not ready', neo4j: 'unreachable', graph: 'unknown' } });
      // Liveness is not readiness: the process is fine, restarting it would not bring Neo4j back.
      expect((await api.fetch('http://yoga/health')).status).toBe(200);
      await proxy.open(port);
      const back = await until(ready, (r) => r.status === 200, 20_000);
      expect(back.value.status).toBe(200);
    } finally {
      await db.close();
    }
  });
});

describe('graceful shutdown', () => {
  // Neo4j's answers are held back 800 ms, so a request is surely in flight when shutdown begins.
  const proxy = relay(neo4jUrl, { delayMs: 800 });
  afterAll(() => proxy.close());

  async function slowServer() {
    const port = await proxy.open(0);
    const db = createDatabase(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }));
    const lifecycle = { draining: false };
    // Open the pooled connection first (its handshake is slowed too), so the request below only waits for its query.
    await db.read('RETURN 1');
    const server = await startServer({ ...testConfig({ HOST: '127.0.0.1' }), PORT: 0 }, db, { lifecycle });
    const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const ask = () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ leadership(groupId: "group/iskp") { ordinal person { name } } }' }),
      });
    return { db, server, lifecycle, url, ask };
  }

  it('lets an in-flight request finish, refuses new connections, then closes the driver', { timeout: 60_000 }, async () => {
    const { db, server, lifecycle, url, ask } = await slowServer();
    const inFlight = ask();
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const closing = shutdown(server, db, { timeoutMs: 20_000, lifecycle });
    expect(lifecycle.draining).toBe(true);
    // A new connection during the drain is refused: the listener is closed.
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { leadership: { ordinal: number }[] }; errors?: unknown };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.leadership.length).toBeGreaterThanOrEqual(7);
    await closing;
    expect(Date.now() - started).toBeLessThan(20_000);
    // The driver is closed: no more work is possible.
    await expect(db.read('RETURN 1')).rejects.toThrow();
    await proxy.close();
  });

  it('cuts requests still running at the deadline instead of waiting for ever', { timeout: 60_000 }, async () => {
    const { db, server, lifecycle, ask } = await slowServer();
    const inFlight = ask().then(
      (r) => r.status,
      () => 'cut',
    );
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await shutdown(server, db, { timeoutMs: 200, lifecycle });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await inFlight).toBe('cut');
    await proxy.close();
  });
});
