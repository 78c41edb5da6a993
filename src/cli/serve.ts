// `npm run serve`: the API only, against NEO4J_URI or the built-in server, whether or not Neo4j is up yet.
import { loadConfig } from '../config/config.js';
import { createDatabase } from '../db/driver.js';
import { loggerFromConfig, safeUri } from '../ops/logger.js';
import { startTracing } from '../ops/tracing.js';
import { ensureExplorer } from '../explorer/build-explorer.js';
import { startServer } from '../server.js';
import { parseCommand } from './args.js';
import { exitOnError } from './connect.js';
import { closeOnSignal } from './shutdown.js';

async function main(): Promise<void> {
  parseCommand(
    {
      usage: 'npm run serve',
      description:
        'Serves the GraphQL API on HOST:PORT against NEO4J_URI or the built-in server, without starting Neo4j or\n' +
        'loading the graph; it answers SERVICE_UNAVAILABLE until Neo4j is up. Ctrl-C stops it.',
      options: {},
      help: {},
    },
    process.argv.slice(2),
  );
  const config = loadConfig();
  const db = createDatabase(config);
  const logger = loggerFromConfig(config);
  const lifecycle = { draining: false };
  await ensureExplorer((line) => logger.info(line));
  const tracing = await startTracing();
  if (tracing) logger.info({ endpoint: safeUri(tracing.endpoint) }, 'OpenTelemetry traces on');
  const server = await startServer(config, db, { logger, lifecycle, tracer: tracing?.tracer });
  const api = `http://${config.HOST}:${config.PORT}`;
  logger.info({ url: `${api}/graphql`, neo4j: safeUri(config.boltUri) }, `GraphQL API and GraphiQL: ${api}/graphql (Neo4j at ${safeUri(config.boltUri)})`);
  closeOnSignal(server, db, { config, logger, lifecycle, tracing });
}

main().catch(exitOnError);
