// GraphQL errors with stable codes; everything else stays masked by Yoga.
import { createGraphQLError } from 'graphql-yoga';
import { DatabaseError } from '../db/errors.js';

export const badInput = (argument: string, message: string) =>
  createGraphQLError(`Argument "${argument}" ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });

export const notFound = (id: string) => createGraphQLError(`No entity with id "${id}".`, { extensions: { code: 'NOT_FOUND', id } });

/** Database errors become GraphQL errors with the DatabaseError's code (SERVICE_UNAVAILABLE, QUERY_TIMEOUT, …). */
export function fromDatabaseError(e: unknown): unknown {
  if (!(e instanceof DatabaseError)) return e;
  // Unexpected database errors stay masked; the known ones are said plainly.
  if (e.code === 'DATABASE_ERROR') return e;
  return createGraphQLError(e.message, { extensions: { code: e.code } });
}
