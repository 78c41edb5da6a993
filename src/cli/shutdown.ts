// On Ctrl-C or SIGTERM: /ready turns 503, no new connections, in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS),
// then the driver closes. A second signal exits at once. The built-in Neo4j keeps running (npm run neo4j:stop).
import type { Server } from 'node:http';
import type { Config } from '../config/config.js';
import type { Database } from '../db/driver.js';
import { drain } from '../ops/drain.js';
import type { Logger } from '../ops/logger.js';
import type { Lifecycle } from '../ops/readiness.js';
import type { Tracing } from '../ops/tracing.js';

export async function shutdown(server: Server, db: Database, options: { timeoutMs: number; lifecycle?: Lifecycle; logger?: Logger }): Promise<void> {
  await drain(server, options);
  await db.close();
  options.logger?.info('Neo4j driver closed');
}

export function closeOnSignal(server: Server, db: Database, options: { config: Config; logger: Logger; lifecycle: Lifecycle; tracing?: Tracing }): void {
  const { config, logger, lifecycle, tracing } = options;
  const close = (signal: string) => {
    logger.info({ signal }, `${signal}: shutting down (Neo4j keeps running; \`npm run neo4j:stop\` stops it)`);
    process.once(signal, () => process.exit(1));
    shutdown(server, db, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, lifecycle, logger })
      .then(() => tracing?.shutdown())
      .then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error({ err: e }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => close('SIGINT'));
  process.once('SIGTERM', () => close('SIGTERM'));
}
