// One log line per GraphQL operation: its name and type, duration, HTTP status, result code, and each Cypher
// statement it ran with its time. Variables, headers and query text are never logged (they may hold anything).
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
}

// Codes that say the client asked for something wrong or absent: the API worked as it should.
const clientCodes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

const round = (ms: number) => Math.round(ms * 10) / 10;

function errorsOf(result: unknown): readonly GraphQLError[] {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((r) => ((r as { errors?: readonly GraphQLError[] })?.errors ?? []) as GraphQLError[]);
}

export function operationLog(logger: Logger, metrics: Metrics) {
  const states = new WeakMap<Request, RequestState>();

  const plugin: Plugin = {
    onRequest({ request, url }) {
      if (url.pathname === '/graphql') states.set(request, { started: performance.now(), statements: [], codes: [] });
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
      if (!s || (s.type === undefined && s.codes.length === 0 && s.statements.length === 0)) return;
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
        cypher: s.statements.map((t) => ({ statement: t.statement, ms: round(t.ms), code: t.code, ...(t.rows !== undefined ? { rows: t.rows } : {}) })),
      };
      const serverSide = s.codes.some((c) => !clientCodes.has(c)) || response.status >= 500;
      const unexpected = s.codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'UNCLASSIFIED');
      const level = unexpected ? 'error' : serverSide ? 'warn' : 'info';
      logger[level](line, `graphql ${operation} ${code} ${line.durationMs}ms`);
    },
  };

  /** The sink for one request's statements: the context's database reports into it. */
  const sinkFor =
    (request: Request): StatementSink =>
    (t) =>
      states.get(request)?.statements.push(t);

  return { plugin, sinkFor };
}
