// OpenTelemetry: off unless an exporter is configured; when it is, each operation is a span with a child per
// Cypher statement, sent over OTLP/HTTP to the collector (here a loopback server standing in for one).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { startTracing, tracingEndpoint } from '../src/ops/tracing.js';
import { testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

describe('OpenTelemetry traces', () => {
  it('are off without an exporter, or when switched off', async () => {
    expect(tracingEndpoint({})).toBeUndefined();
    expect(await startTracing({})).toBeUndefined();
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeUndefined();
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/' })).toBe('http://127.0.0.1:4318/v1/traces');
  });

  it('send a span per operation with a child span per Cypher statement to the configured collector', async () => {
    const bodies: { path: string; json: any }[] = [];
    const collector = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        bodies.push({ path: req.url ?? '', json: JSON.parse(data) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', () => r()));
    const port = (collector.address() as AddressInfo).port;
    const tracing = (await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` }))!;
    try {
      const api = createApi(db, { tracer: tracing.tracer });
      await api.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Emirs { leadership(groupId: "group/iskp") { ordinal } }' }),
      });
      await tracing.flush();
      expect(bodies.map((b) => b.path)).toContain('/v1/traces');
      const spans = bodies.flatMap((b) => b.json.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans)));
      const op = spans.find((s: any) => s.name === 'graphql query Emirs');
      const statement = spans.find((s: any) => s.name === 'cypher queries/leadership');
      expect(op).toBeDefined();
      expect(statement).toBeDefined();
      expect(statement.parentSpanId).toBe(op.spanId);
      expect(statement.traceId).toBe(op.traceId);
      const service = bodies[0]!.json.resourceSpans[0].resource.attributes.find((a: any) => a.key === 'service.name');
      expect(service.value.stringValue).toBe('khorasan-graph');
    } finally {
      await tracing.shutdown();
      collector.close();
    }
  });
});
