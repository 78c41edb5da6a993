// What an operator sees: one JSON log line per operation, Prometheus counters after real operations, /health and
// /ready. All against the seeded Neo4j, in-process (yoga.fetch).
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { createLogger } from '../src/ops/logger.js';
import { testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

function collectingLogger() {
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    level: 'info',
    format: 'json',
    destination: { write: (line: string) => (raw.push(line), lines.push(JSON.parse(line))) },
  });
  return { logger, lines, raw };
}

const post = (api: ReturnType<typeof createApi>, body: object) =>
  api.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('request log', () => {
  it('writes one JSON line per operation with name, duration, result code and each Cypher statement', async () => {
    const { logger, lines } = collectingLogger();
    const api = createApi(db, { logger });
    await post(api, { query: 'query Emirs { leadership(groupId: "group/iskp") { ordinal person { name } } }' });
    await post(api, { query: '{ leadership(groupId: "group/nobody-by-this-id") { ordinal } }' });
    await post(api, { query: '{ leadership(groupId: ' });

    const ops = lines.filter((l) => l.operation !== undefined);
    expect(ops).toHaveLength(3);
    const [ok, missing, broken] = ops as [Record<string, any>, Record<string, any>, Record<string, any>];
    expect(ok).toMatchObject({ level: 'info', service: 'khorasan-graph', operation: 'Emirs', type: 'query', status: 200, code: 'OK' });
    expect(typeof ok.time).toBe('string');
    expect(ok.durationMs).toBeGreaterThan(0);
    expect(ok.cypher.length).toBeGreaterThan(0);
    expect(ok.cypher[0]).toMatchObject({ statement: 'queries/leadership', code: 'OK' });
    expect(ok.cypher[0].ms).toBeGreaterThan(0);
    expect(ok.cypherMs).toBeLessThanOrEqual(ok.durationMs);
    expect(ok.msg).toMatch(/^graphql Emirs OK [\d.]+ms$/);
    expect(missing).toMatchObject({ operation: 'Anonymous', code: 'NOT_FOUND', level: 'info' });
    expect(broken).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', cypher: [] });
  });

  it('never logs the password, variables or query text', async () => {
    const { logger, raw } = collectingLogger();
    const api = createApi(db, { logger });
    logger.info({ config: { NEO4J_PASSWORD: db.config.NEO4J_PASSWORD }, password: 'p4ss-w0rd-x' }, 'config');
    await post(api, { query: 'query Find($t: String!) { search(text: $t) { entity { id } } }', variables: { t: 'secret-variable-value' } });
    const all = raw.join('');
    expect(all).toContain('"operation":"Find"');
    expect(all).not.toContain(db.config.NEO4J_PASSWORD);
    expect(all).not.toContain('p4ss-w0rd-x');
    expect(all).not.toContain('secret-variable-value');
    expect(all).not.toContain('search(text:');
  });
});

describe('/metrics', () => {
  it('counts operations, their durations, Cypher statements and errors by code after real requests', async () => {
    const api = createApi(db);
    for (let i = 0; i < 3; i++) await post(api, { query: 'query Emirs { leadership(groupId: "group/iskp") { ordinal } }' });
    await post(api, { query: 'query Nobody { leadership(groupId: "group/nobody-by-this-id") { ordinal } }' });
    const res = await api.fetch('http://yoga/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    const value = (re: RegExp) => Number(text.match(re)?.[1]);
    expect(value(/^graphql_yoga_http_duration_count\{operationName="Emirs",operationType="query",method="POST",statusCode="200"\} (\d+)$/m)).toBe(3);
    expect(value(/^graphql_envelop_phase_execute_count\{operationName="Emirs",operationType="query"\} (\d+)$/m)).toBe(3);
    // Nobody ran the leadership statement too (it found no group, hence NOT_FOUND): 3 + 1.
    expect(value(/^khorasan_cypher_duration_seconds_count\{statement="queries\/leadership",mode="read",code="OK"\} (\d+)$/m)).toBe(4);
    expect(value(/^khorasan_graphql_errors_total\{operation="Nobody",code="NOT_FOUND"\} (\d+)$/m)).toBe(1);
    // The driver pool: one address with its connections, and the pool's limit.
    expect(text).toMatch(/^neo4j_driver_pool_connections\{address="[^"]+:\d+",state="idle"\} \d+$/m);
    expect(value(/^neo4j_driver_pool_max_size (\d+)$/m)).toBeGreaterThan(0);
    // No label carries a URL or query string (unbounded cardinality).
    expect(text).not.toMatch(/url="/);
  });
});

describe('/health and /ready', () => {
  it('/health is 200 while the process lives; /ready is 200 with Neo4j up and the graph loaded', async () => {
    const api = createApi(db);
    expect((await api.fetch('http://yoga/health')).status).toBe(200);
    const ready = await api.fetch('http://yoga/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'ok', graph: 'loaded' });
  });

  it('/ready is 503 while draining for shutdown', async () => {
    const lifecycle = { draining: true };
    const api = createApi(db, { lifecycle });
    const r = await api.fetch('http://yoga/ready');
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ status: 'draining' });
    expect((await api.fetch('http://yoga/health')).status).toBe(200);
  });
});
