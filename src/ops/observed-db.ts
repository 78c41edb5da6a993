// Times every Cypher statement a Database runs and hands the timing to whoever listens (metrics, the request log).
// A decorator, so src/db stays about Neo4j and the read path does not know it is being watched.
import { cypherName } from '../db/cypher-files.js';
import type { Database } from '../db/driver.js';

export interface StatementTiming {
  /** The cypher/ file (`queries/entity`) or `inline`: never the text, which can be long. */
  statement: string;
  mode: 'read' | 'write';
  ms: number;
  /** `OK`, or the DatabaseError code (SERVICE_UNAVAILABLE, QUERY_TIMEOUT, …). */
  code: string;
  rows?: number;
  /** For a DatabaseError, what the operator needs (URI without password, the setting); clients never see it. */
  detail?: string;
}

export type StatementSink = (timing: StatementTiming) => void;

const codeOf = (e: unknown) => ((e as { code?: unknown })?.code && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : 'ERROR');

async function timed<T>(statement: string, mode: StatementTiming['mode'], sinks: StatementSink[], run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    const rows = (result as { records?: unknown[] })?.records?.length;
    for (const sink of sinks) sink({ statement, mode, ms: performance.now() - started, code: 'OK', rows });
    return result;
  } catch (e) {
    const detail = (e as { detail?: unknown })?.detail;
    for (const sink of sinks) sink({ statement, mode, ms: performance.now() - started, code: codeOf(e), ...(typeof detail === 'string' ? { detail } : {}) });
    throw e;
  }
}

// A transaction of several statements is named after its first.
const transactionName = (statements: readonly { text: string }[]) => (statements.length ? cypherName(statements[0]!.text) : 'inline');

/** The same Database, with each statement reported to every sink after it ends (successfully or not). */
export function observeDatabase(db: Database, ...sinks: StatementSink[]): Database {
  // Spread first: methods added to Database later pass through unchanged (and untimed) instead of vanishing.
  return {
    ...db,
    read: (text, params) => timed(cypherName(text), 'read', sinks, () => db.read(text, params)),
    readAll: (statements) => timed(transactionName(statements), 'read', sinks, () => db.readAll(statements)),
    readVersioned: (statements) => timed(transactionName(statements), 'read', sinks, () => db.readVersioned(statements)),
    write: (text, params) => timed(cypherName(text), 'write', sinks, () => db.write(text, params)),
    writeTransaction: (work) => timed('transaction', 'write', sinks, () => db.writeTransaction(work)),
    health: () => timed('health', 'read', sinks, () => db.health()),
    close: () => db.close(),
  };
}
