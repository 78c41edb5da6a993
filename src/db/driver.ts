// One Neo4j driver per process, and the two ways to use it: read and write.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { toDatabaseError } from './errors.js';

export type Params = Record<string, unknown>;

export interface Database {
  readonly config: Config;
  /** A read transaction (routed to a secondary in a cluster), retried on transient errors. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  /** A write transaction, retried on transient errors. */
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  /** Several statements in one write transaction: all of them land, or none. */
  writeTransaction<T>(work: (run: (cypher: string, params?: Params) => Promise<QueryResult>) => Promise<T>): Promise<T>;
  /** Server version, edition and round-trip time; throws a DatabaseError when Neo4j is unreachable. */
  health(): Promise<{ version: string; edition: string; latencyMs: number }>;
  close(): Promise<void>;
  readonly driver: Driver;
}

export function createDatabase(config: Config): Database {
  const driver = neo4j.driver(config.boltUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    // Fail fast when the server is down so the API can answer SERVICE_UNAVAILABLE quickly.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
  const txConfig = { timeout: config.NEO4J_TX_TIMEOUT_MS };

  async function run<R extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params = {}) {
    try {
      return await driver.executeQuery<QueryResult<R>>(cypher, integers(params), {
        database: config.NEO4J_DATABASE,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig: mode === 'READ' ? txConfig : undefined,
      });
    } catch (e) {
      throw toDatabaseError(e, config);
    }
  }

  return {
    config,
    driver,
    read: (cypher, params) => run('READ', cypher, params),
    write: (cypher, params) => run('WRITE', cypher, params),
    async writeTransaction(work) {
      const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx) => work((cypher, params = {}) => tx.run(cypher, integers(params))));
      } catch (e) {
        throw toDatabaseError(e, config);
      } finally {
        await session.close();
      }
    },
    async health() {
      const started = performance.now();
      const r = await run<{ version: string; edition: string }>(
        'READ',
        'CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel" RETURN versions[0] AS version, edition',
      );
      const row = r.records[0]!;
      return { version: row.get('version'), edition: row.get('edition'), latencyMs: performance.now() - started };
    },
    close: () => driver.close(),
  };
}

/** Whole JS numbers go to Neo4j as integers (LIMIT and list slices need them; counts stay integers). */
function integers<T>(value: T): T {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value) as T;
  if (Array.isArray(value)) return value.map(integers) as T;
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)])) as T;
  }
  return value;
}
