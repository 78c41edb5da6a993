// One Neo4j driver per process, and the two ways to use it: read and write.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { toDatabaseError, withDeadline } from './errors.js';

export type Params = Record<string, unknown>;

export interface Database {
  readonly config: Config;
  /** A read transaction (routed to a secondary in a cluster), retried on transient errors. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  /**
   * Several reads in one read transaction, sent back to back on one connection (the driver pipelines them), so many
   * small statements wait for about one round trip, not one each.
   */
  readAll(statements: readonly { text: string; params?: Params }[]): Promise<QueryResult[]>;
  /**
   * readAll, and the version of the data those reads saw: the bookmark of Neo4j's last committed transaction, which
   * any write changes. Caches of what a statement derived keep it to know when they are stale.
   */
  readVersioned(statements: readonly { text: string; params?: Params }[]): Promise<{ results: QueryResult[]; version: string }>;
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
    // Fail fast when the server is down so the API can answer SERVICE_UNAVAILABLE within a second:
    // a refused connection is said at once; a frozen server is cut by the read deadline (withDeadline),
    // so the connection timeouts can stay generous for slow links and busy machines; and
    // transient errors are not retried (the driver's first retry waits 1 s; the old 5 s retry time made
    // every answer take 6-7 s while Neo4j was down). Clients retry; the seed loader's writes are one-offs.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: true,
    // Tuned for this read workload: no notifications on every result (the API never shows them; PROFILE in the
    // bench and Neo4j Browser still do) and no telemetry message per connection.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    telemetryDisabled: true,
  });
  const txConfig = { timeout: config.NEO4J_TX_TIMEOUT_MS };
  // One bookmark manager for every session, reads and writes: in a cluster, a read after this process's own
  // write (npm start loads, then serves) waits until its reader has that write.
  const sessionConfig = { database: config.NEO4J_DATABASE, bookmarkManager: driver.executeQueryBookmarkManager };

  // A read's bookmark names the last transaction committed when it ran, not one of its own: the data version.
  const versionOf = (session: { lastBookmarks(): string[] }) => session.lastBookmarks().join(' ');

  async function run<R extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params = {}): Promise<{ result: QueryResult<R>; version: string }> {
    const session = driver.session({ ...sessionConfig, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    // Auto-commit queries, not executeRead: its retry loop waits 1 s before the first retry even with a
    // zero retry time, and a down Neo4j must be said within a second. Each query is one read anyway.
    const query = withoutStack(() => session.run<R>(cypher, integers(params), mode === 'READ' ? txConfig : undefined));
    try {
      // The server-side timeout cannot fire when Neo4j is frozen (SIGSTOP, a hung VM): the client-side
      // deadline abandons the query so the request is answered instead of waiting on a dead socket.
      // Writes (loading the seed) are long by nature and are not the API's: no deadline on them.
      const result = mode === 'READ' ? await withDeadline(Promise.resolve(query), config.api.deadlineMs) : await query;
      return { result, version: versionOf(session) };
    } catch (e) {
      throw toDatabaseError(e, config);
    } finally {
      // Not awaited: on a frozen server closing waits too; the socket is dropped by the driver later.
      session.close().catch(() => {});
    }
  }

  async function readVersioned(statements: readonly { text: string; params?: Params }[]): Promise<{ results: QueryResult[]; version: string }> {
    // One statement needs no explicit transaction: auto-commit saves the BEGIN and COMMIT round trip.
    if (statements.length === 1) {
      const { result, version } = await run('READ', statements[0]!.text, statements[0]!.params);
      return { results: [result], version };
    }
    const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = await withDeadline(session.beginTransaction(txConfig), config.api.deadlineMs);
      const results = Promise.all(statements.map((s) => withoutStack(() => tx.run(s.text, integers(s.params ?? {})))));
      // Awaited: a connection handed back to the pool inside its transaction would refuse the next one.
      const done = await withDeadline(
        results.then(async (r) => (await tx.commit(), r)),
        config.api.deadlineMs,
      );
      return { results: done, version: versionOf(session) };
    } catch (e) {
      throw toDatabaseError(e, config);
    } finally {
      session.close().catch(() => {});
    }
  }

  return {
    config,
    driver,
    read: async (cypher, params) => (await run('READ', cypher, params)).result,
    readAll: async (statements) => (await readVersioned(statements)).results,
    readVersioned,
    write: async (cypher, params) => (await run('WRITE', cypher, params)).result,
    async writeTransaction(work) {
      const session = driver.session({ ...sessionConfig, defaultAccessMode: neo4j.session.WRITE });
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
      const row = r.result.records[0]!;
      return { version: row.get('version'), edition: row.get('edition'), latencyMs: performance.now() - started };
    },
    close: () => driver.close(),
  };
}

/**
 * The driver formats a stack trace for every result it creates, to put on a server error later (issue 9: 1-2 % of
 * the API's CPU, 5 % under tsx's source maps). Errors leave this module as DatabaseError with the server's message
 * (toDatabaseError), so that stack is never read: none is captured.
 */
function withoutStack<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
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
