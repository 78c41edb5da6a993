// `npm run serve`: the API only, against NEO4J_URI or the built-in server, whether or not Neo4j is up yet.
import { loadConfig } from '../config/config.js';
import { createDatabase } from '../db/driver.js';
import { startServer } from '../server.js';
import { exitOnError } from './connect.js';
import { closeOnSignal } from './shutdown.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDatabase(config);
  const server = await startServer(config, db);
  console.log(`GraphQL API and GraphiQL: http://${config.HOST}:${config.PORT}/graphql (Neo4j at ${config.boltUri})`);
  closeOnSignal(server, db);
}

main().catch(exitOnError);
