// Everything an operator watches, assembled for one API: logger, metrics, the per-operation log, readiness.
import type { Plugin, YogaLogger } from 'graphql-yoga';
import type { Tracer } from '@opentelemetry/api';
import pino from 'pino';
import type { Database } from '../db/driver.js';
import type { Logger } from './logger.js';
import { createMetrics, prometheusPlugin, type Metrics } from './metrics.js';
import { observeDatabase } from './observed-db.js';
import { operationLog } from './operation-log.js';
import { readinessPlugin, type Lifecycle } from './readiness.js';

export interface ObservabilityOptions {
  /** Silent when omitted (tests build many APIs); the server passes the configured logger. */
  logger?: Logger;
  lifecycle?: Lifecycle;
  /** Node process metrics on /metrics; once per process. */
  processMetrics?: boolean;
  /** OpenTelemetry tracer, when an exporter is configured (src/ops/tracing.ts); no spans otherwise. */
  tracer?: Tracer;
}

export interface Observability {
  logger: Logger;
  metrics: Metrics;
  lifecycle: Lifecycle;
  plugins: Plugin[];
  /** The database one request's context should use: its statements are timed, counted and logged. */
  databaseFor(request: Request): Database;
  /** Yoga's own messages (masked errors with their cause, for operators) through the same logger. */
  yogaLogger: YogaLogger;
}

export function createObservability(db: Database, options: ObservabilityOptions = {}): Observability {
  const logger = options.logger ?? pino({ level: 'silent' });
  const lifecycle = options.lifecycle ?? { draining: false };
  const metrics = createMetrics(db.driver, { processMetrics: options.processMetrics });
  const log = operationLog(logger, metrics, options.tracer);
  const yoga = logger.child({ component: 'yoga' });
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) yoga[level]({ err: first }, rest.map(String).join(' ') || first.message);
      else yoga[level](args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
  return {
    logger,
    metrics,
    lifecycle,
    plugins: [prometheusPlugin(metrics), readinessPlugin(observeDatabase(db, metrics.cypher), lifecycle), log.plugin],
    databaseFor: (request) => observeDatabase(db, metrics.cypher, log.sinkFor(request)),
    yogaLogger: { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') },
  };
}
