// `npm start`: the main job. Start Neo4j if no NEO4J_URI is set, load the graph, serve the API.
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { ensureExplorer } from '../explorer/build-explorer.js';
import { loginNote } from '../local-neo4j/password.js';
import { projectRoot } from '../local-neo4j/paths.js';
import { loadGraph } from '../seed/load.js';
import { prepareSeed } from '../seed/prepare.js';
import { loggerFromConfig, safeUri } from '../ops/logger.js';
import { startTracing } from '../ops/tracing.js';
import { startServer } from '../server.js';
import { parseCommand } from './args.js';
import { connect, exitOnError } from './connect.js';
import { closeOnSignal } from './shutdown.js';

async function main(): Promise<void> {
  parseCommand(
    {
      usage: 'npm start',
      description:
        'Starts the built-in Neo4j unless NEO4J_URI is set, loads the graph from SEED_DIR (idempotent), and serves\n' +
        'the GraphQL API on HOST:PORT. Settings are environment variables (README, Configuration). Ctrl-C stops the API.',
      options: {},
      help: {},
    },
    process.argv.slice(2),
  );
  const config = loadConfig();
  const { seed, uncheckedSources } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);
  // A fresh clone has no source texts: serving the committed seed is fine, but say once that nothing re-checked it.
  if (uncheckedSources.length > 0) {
    console.warn(
      `Note: quotes were not re-verified, because the source texts are absent (${uncheckedSources.length} of ${seed.nodes.Source.length}). ` +
        `Put them in ${path.resolve(projectRoot, config.SOURCES_DIR)} (SOURCES_DIR) to check them; npm run seed:check then proves every quote.`,
    );
  }
  const logger = loggerFromConfig(config);
  const db = await connect(config, (line) => logger.info(line));
  logger.info('Loading the graph from seed/ (idempotent)…');
  const c = await loadGraph(db, seed, { log: () => {} });
  logger.info(
    { nodesCreated: c.nodesCreated, relationshipsCreated: c.relationshipsCreated },
    `${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created (0 when already loaded).`,
  );
  await ensureExplorer((line) => logger.info(line));
  const lifecycle = { draining: false };
  const tracing = await startTracing();
  if (tracing) logger.info({ endpoint: safeUri(tracing.endpoint) }, 'OpenTelemetry traces on');
  const server = await startServer(config, db, { logger, lifecycle, tracer: tracing?.tracer });
  const api = `http://${config.HOST}:${config.PORT}`;
  logger.info(
    { url: `${api}/graphql`, neo4j: safeUri(config.boltUri) },
    `GraphQL API and GraphiQL: ${api}/graphql (health ${api}/health, ready ${api}/ready, metrics ${api}/metrics)`,
  );
  logger.info(`Explorer: ${api}/`);
  logger.info(`Neo4j Browser: ${config.browserUrl} (${loginNote(config)}; guide: :play http://127.0.0.1:${config.PORT}/guide/khorasan.html)`);
  closeOnSignal(server, db, { config, logger, lifecycle, tracing });
}

main().catch(exitOnError);
