// For the CLIs: start the built-in Neo4j when no NEO4J_URI is set, then open the driver.
import { loadConfig, type Config } from '../config/config.js';
import { createDatabase, type Database } from '../db/driver.js';
import { start } from '../local-neo4j/server.js';
import { EXIT } from './args.js';

/**
 * The configuration of a one-off operator job (seed, export): its reads may take a minute (the whole graph, or
 * counts right after a load while Neo4j is still busy with it), where the API's 5 s limit is for analysts' requests.
 * NEO4J_TX_TIMEOUT_MS in the environment still wins.
 */
export const jobConfig = (): Config => loadConfig({ NEO4J_TX_TIMEOUT_MS: '60000', ...process.env });

export async function connect(config: Config, log: (line: string) => void = console.log): Promise<Database> {
  if (config.local) await start(config, log);
  const db = createDatabase(config);
  const h = await db.health();
  log(`Connected to Neo4j ${h.version} ${h.edition} at ${config.boltUri} (database ${config.NEO4J_DATABASE}).`);
  return db;
}

/** Prints an expected error as one readable message, anything else in full, and exits non-zero (EXIT in args.ts). */
export function exitOnError(e: unknown): never {
  const known = ['ConfigError', 'LocalNeo4jError', 'DatabaseError', 'SeedValidationError', 'UsageError', 'PruneRefusedError', 'SeedCheckError'];
  const err = e as Error;
  // A DatabaseError's detail (URI, setting to change) says more than the API's plain sentence, and the CLI's reader is the operator.
  const detail = (err as { detail?: string })?.detail;
  console.error(known.includes(err?.name) ? (detail ?? err.message) : err);
  process.exit(err?.name === 'UsageError' ? EXIT.usage : EXIT.failure);
}
