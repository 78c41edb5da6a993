// Neo4j driver errors turned into one error class with a stable code.
import { Neo4jError } from 'neo4j-driver';
import type { Config } from '../config/config.js';

export type DatabaseErrorCode = 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'UNAUTHORIZED' | 'DATABASE_ERROR';

export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    readonly code: DatabaseErrorCode,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(message, options);
    this.detail = options?.detail ?? message;
  }
  /** What an operator needs (for the log); never sent to clients. */
  readonly detail: string;
}

// DatabaseUnavailable: Neo4j answers but its database is stopping or starting (a graceful stop).
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Thrown by withDeadline when Neo4j has not answered in time (it may be frozen). */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

/** Rejects with DeadlineExceeded after `ms`; the promise itself is abandoned, not cancelled. */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`Neo4j did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

// Client-facing messages are plain sentences: no URI (it may hold a password), no variable names.
// The operator's detail (URI, driver message, the setting to change) goes in `detail` for the log.
export function toDatabaseError(e: unknown, config: Pick<Config, 'boltUri' | 'local' | 'NEO4J_TX_TIMEOUT_MS'>): DatabaseError {
  if (e instanceof DatabaseError) return e;
  const code = e instanceof Neo4jError ? e.code : ((e as { code?: string })?.code ?? '');
  const message = String((e as Error)?.message);
  if (e instanceof DeadlineExceeded) {
    return new DatabaseError('The database did not answer in time; try again shortly.', 'SERVICE_UNAVAILABLE', {
      cause: e,
      detail: `${message} at ${redactUri(config.boltUri)} (deadline NEO4J_DEADLINE_MS); is it frozen or overloaded?`,
    });
  }
  if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed|acquisition timed out/i.test(message)) {
    const hint = config.local ? ' Start it with `npm run neo4j:start`.' : ' Check NEO4J_URI and that the server is up.';
    return new DatabaseError('The database is not available right now; try again shortly.', 'SERVICE_UNAVAILABLE', {
      cause: e,
      detail: `Neo4j is not reachable at ${redactUri(config.boltUri)} (${code || message}).${hint}`,
    });
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new DatabaseError('The query took too long; narrow it (smaller depth, fewer types).', 'QUERY_TIMEOUT', {
      cause: e,
      detail: `Query passed the ${config.NEO4J_TX_TIMEOUT_MS} ms allowed (NEO4J_TX_TIMEOUT_MS).`,
    });
  }
  if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new DatabaseError('Neo4j refused the credentials in NEO4J_USER / NEO4J_PASSWORD.', 'UNAUTHORIZED', { cause: e });
  }
  return new DatabaseError(`Neo4j error ${code || ''}: ${message}`.trim(), 'DATABASE_ERROR', { cause: e });
}

/** A URI without its user:password part. */
const redactUri = (uri: string) => uri.replace(/\/\/[^@/]*@/, '//');
