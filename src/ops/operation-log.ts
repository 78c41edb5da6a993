// One log line per GraphQL operation: its name and type, duration, HTTP status, result code, and each Cypher
// statement it ran with its time. Variables, headers and query text are never logged (they may hold anything).
import { context as otelContext, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { getOperationAST, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { StatementSink, StatementTiming } from './observed-db.js';

interface RequestState {
  started: number;
  operation?: string;
  type?: string;
  statements: StatementTiming[];
  codes: string[];
  /** Only when tracing is configured. */
  span?: Span;
}

// Codes that say the client asked for something wrong or absent: the API worked as it should.
const clientCodes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

const round = (ms: number) => Math.round(ms * 10) / 10;

function errorsOf(result: unknown): readonly GraphQLError[] {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((r) => ((r as { errors?: readonly GraphQLError[] })?.errors ?? []) as GraphQLError[]);
}

export function operationLog(logger: Logger, metrics: Metrics, tracer?: Tracer) {
  const states = new WeakMap<Request, RequestState>();

  const plugin: Plugin = {
    onRequest({ request, url }) {
      if (url.pathname !== '/graphql') return;
      const span = tracer?.startSpan('graphql', { attributes: { 'http.request.method': request.method } });
      states.set(request, { started: performance.now(), statements: [], codes: [], span });
    },
    onParams({ request, params }) {
      const s = states.get(request);
      if (s && params.operationName) s.operation = params.operationName;
    },
    onParse({ context }) {
      const request = (context as { request?: Request }).request;
      return ({ result }) => {
        const s = request && states.get(request);
        if (!s || result instanceof Error) return;
        const op = getOperationAST(result, s.operation);
        s.operation ??= op?.name?.value;
        s.type = op?.operation;
        s.span?.updateName(`graphql ${s.type ?? 'operation'} ${s.operation ?? 'Anonymous'}`);
        s.span?.setAttributes({ 'graphql.operation.name': s.operation ?? 'Anonymous', 'graphql.operation.type': s.type ?? 'unknown' });
      };
    },
    onResultProcess({ request, result }) {
      const s = states.get(request);
      if (!s) return;
      for (const e of errorsOf(result)) s.codes.push(String(e.extensions?.code ?? 'UNCLASSIFIED'));
    },
    onResponse({ request, response }) {
      const s = states.get(request);
      // GraphiQL's page and other non-operation hits on /graphql: nothing to report.
      if (!s || (s.type === undefined && s.codes.length === 0 && s.statements.length === 0)) {
        s?.span?.end();
        return;
      }
      states.delete(request);
      const operation = s.operation ?? 'Anonymous';
      const code = s.codes[0] ?? (response.status >= 400 ? `HTTP_${response.status}` : 'OK');
      for (const c of s.codes) metrics.errors.inc({ operation, code: c });
      const cypherMs = s.statements.reduce((sum, t) => sum + t.ms, 0);
      const line = {
        operation,
        type: s.type ?? 'unknown',
        durationMs: round(performance.now() - s.started),
        status: response.status,
        code,
        ...(s.codes.length > 1 ? { errors: s.codes.length } : {}),
        cypherMs: round(cypherMs),
        cypher: s.statements.map((t) => ({
          statement: t.statement,
          ms: round(t.ms),
          code: t.code,
          ...(t.rows !== undefined ? { rows: t.rows } : {}),
          ...(t.detail ? { detail: t.detail } : {}),
        })),
      };
      const serverSide = s.codes.some((c) => !clientCodes.has(c)) || response.status >= 500;
      const unexpected = s.codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'UNCLASSIFIED');
      const level = unexpected ? 'error' : serverSide ? 'warn' : 'info';
      logger[level](line, `graphql ${operation} ${code} ${line.durationMs}ms`);
      if (s.span) {
        s.span.setAttributes({ 'http.response.status_code': response.status, 'khorasan.result.code': code });
        if (code !== 'OK') s.span.setStatus({ code: SpanStatusCode.ERROR, message: code });
        s.span.end();
      }
    },
  };

  /** The sink for one request's statements: the context's database reports into it. */
  const sinkFor =
    (request: Request): StatementSink =>
    (t) => {
      const s = states.get(request);
      if (!s) return;
      s.statements.push(t);
      if (tracer && s.span) {
        // The statement has ended: record it as a child span over the time it took.
        const parent = trace.setSpan(otelContext.active(), s.span);
        const end = Date.now();
        const span = tracer.startSpan(
          `cypher ${t.statement}`,
          {
            startTime: end - t.ms,
            attributes: { 'db.system.name': 'neo4j', 'db.operation.name': t.statement, 'db.query.mode': t.mode, 'khorasan.result.code': t.code },
          },
          parent,
        );
        if (t.code !== 'OK') span.setStatus({ code: SpanStatusCode.ERROR, message: t.code });
        span.end(end);
      }
    };

  return { plugin, sinkFor };
}
