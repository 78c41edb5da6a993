// Neo4j driver errors turned into one error class with a stable code.
import { Neo4jError } from 'neo4j-driver';
import type { Config } from '../config/config.js';

export type DatabaseErrorCode = 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'UNAUTHORIZED' | 'DATABASE_ERROR';

export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    readonly code: DatabaseErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED']);

export function toDatabaseError(e: unknown, config: Pick<Config, 'boltUri' | 'local' | 'NEO4J_TX_TIMEOUT_MS'>): DatabaseError {
  if (e instanceof DatabaseError) return e;
  const code = e instanceof Neo4jError ? e.code : ((e as { code?: string })?.code ?? '');
  if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed/i.test(String((e as Error)?.message))) {
    const hint = config.local ? ' Start it with `npm run neo4j:start`.' : ' Check NEO4J_URI and that the server is up.';
    return new DatabaseError(`Neo4j is not reachable at ${config.boltUri}.${hint}`, 'SERVICE_UNAVAILABLE', { cause: e });
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new DatabaseError(
      `The query took longer than the ${config.NEO4J_TX_TIMEOUT_MS} ms allowed (NEO4J_TX_TIMEOUT_MS); narrow it (smaller depth, fewer types).`,
      'QUERY_TIMEOUT',
      { cause: e },
    );
  }
  if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new DatabaseError('Neo4j refused the credentials in NEO4J_USER / NEO4J_PASSWORD.', 'UNAUTHORIZED', { cause: e });
  }
  return new DatabaseError(`Neo4j error ${code || ''}: ${(e as Error)?.message ?? String(e)}`.trim(), 'DATABASE_ERROR', { cause: e });
}
