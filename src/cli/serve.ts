// `npm run serve`: the API only, against NEO4J_URI or the built-in server, whether or not Neo4j is up yet.
import { loadConfig } from '../config/config.js';
import { createDatabase } from '../db/driver.js';
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
  const server = await startServer(config, db);
  console.log(`GraphQL API and GraphiQL: http://${config.HOST}:${config.PORT}/graphql (Neo4j at ${config.boltUri})`);
  closeOnSignal(server, db);
}

main().catch(exitOnError);
