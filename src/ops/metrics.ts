// Prometheus metrics: the GraphQL side from @graphql-yoga/plugin-prometheus (well kept, per-operation histograms),
// the project's own from prom-client: Cypher durations, errors by code, and the Neo4j driver's connection pool.
import { createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Driver } from 'neo4j-driver';
import type { StatementSink } from './observed-db.js';

// Seconds; API reads run from ~1 ms to the 5 s timeout.
const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  cypher: StatementSink;
  /** One count per error in a GraphQL answer, by operation and code (NOT_FOUND, BAD_USER_INPUT, …). */
  errors: Counter<'operation' | 'code'>;
}

export interface MetricsOptions {
  /** Node's process metrics (heap, event-loop lag, GC): once per process, so only the server turns them on. */
  processMetrics?: boolean;
}

export function createMetrics(driver: Driver, options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });

  const cypherSeconds = new Histogram({
    name: 'khorasan_cypher_duration_seconds',
    help: 'Time of each Cypher statement the API ran, by cypher/ file, mode and outcome code.',
    labelNames: ['statement', 'mode', 'code'],
    buckets,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'khorasan_graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation name and error code.',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  poolGauges(driver, registry);

  return {
    registry,
    errors,
    cypher: (t) => cypherSeconds.observe({ statement: t.statement, mode: t.mode, code: t.code }, t.ms / 1000),
  };
}

/** The yoga plugin: request and phase durations per operation, served at /metrics. */
export function prometheusPlugin(metrics: Metrics) {
  return usePrometheus({
    registry: metrics.registry,
    endpoint: '/metrics',
    metrics: {
      // The plugin's default labels include the full URL (query string and all): unbounded cardinality. Not here.
      graphql_yoga_http_duration: createHistogram({
        registry: metrics.registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time of each HTTP request to /graphql, by operation, method and status (seconds).',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
          buckets,
        },
        fillLabelsFn: (params, { request, response }) => ({
          operationName: params.operationName ?? 'Anonymous',
          operationType: params.operationType ?? 'unknown',
          method: request.method,
          statusCode: response.status,
        }),
        phases: ['request'],
      }),
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
    },
  });
}

interface PoolInternals {
  _connectionProvider?: {
    _connectionPool?: {
      _maxSize?: number;
      _pools?: Record<string, { _elements?: unknown[]; _elementsInUse?: Set<unknown> }>;
      _acquireRequests?: Record<string, unknown[]>;
    };
  };
}

/**
 * Connection-pool gauges. neo4j-driver has no public pool statistics, so these read its pool's fields at scrape
 * time; if a driver upgrade renames them the gauges go quiet (no error), and test/observability.test.ts fails.
 */
function poolGauges(driver: Driver, registry: Registry): void {
  const pool = () => (driver as unknown as PoolInternals)._connectionProvider?._connectionPool;
  new Gauge({
    name: 'neo4j_driver_pool_connections',
    help: 'Connections in the Neo4j driver pool, by server address and state (in_use, idle).',
    labelNames: ['address', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [address, p] of Object.entries(pool()?._pools ?? {})) {
        this.set({ address, state: 'in_use' }, p._elementsInUse?.size ?? 0);
        this.set({ address, state: 'idle' }, p._elements?.length ?? 0);
      }
    },
  });
  new Gauge({
    name: 'neo4j_driver_pool_pending_acquisitions',
    help: 'Requests waiting for a pooled connection, by server address.',
    labelNames: ['address'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [address, waiting] of Object.entries(pool()?._acquireRequests ?? {})) this.set({ address }, waiting.length);
    },
  });
  new Gauge({
    name: 'neo4j_driver_pool_max_size',
    help: 'The most connections the pool opens per server.',
    registers: [registry],
    collect() {
      const max = pool()?._maxSize;
      if (max !== undefined) this.set(max);
    },
  });
}
