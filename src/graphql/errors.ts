// GraphQL errors with stable codes; everything else stays masked by Yoga.
import { createGraphQLError } from 'graphql-yoga';
import { DatabaseError } from '../db/errors.js';
import type { Context } from './context.js';

export const badInput = (argument: string, message: string) =>
  createGraphQLError(`Argument "${argument}" ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });

export const notFound = (id: string) => createGraphQLError(`No entity with id "${id}".`, { extensions: { code: 'NOT_FOUND', id } });

/** Database errors become GraphQL errors with the DatabaseError's code (SERVICE_UNAVAILABLE, QUERY_TIMEOUT, …). */
export function fromDatabaseError(e: unknown): unknown {
  if (!(e instanceof DatabaseError)) return e;
  // Unexpected database errors stay masked; the known ones are said plainly.
  if (e.code === 'DATABASE_ERROR') return e;
  // Clients get the code and a plain sentence; the operator's detail (e.detail) goes to the operation log.
  return createGraphQLError(e.message, { extensions: { code: e.code } });
}

/** The ids a statement found to be no entity (its `missing` column): the first is NOT_FOUND. */
export function requireFound(missing: readonly string[]): void {
  if (missing.length) throw notFound(missing[0]!);
}

/** Ids given as filters must exist: a typo is NOT_FOUND, not an empty answer. One batched lookup for all of them. */
export async function requireEntities(ctx: Pick<Context, 'entitiesWith'>, ids: Record<string, string | null | undefined>): Promise<void> {
  const given = Object.entries(ids).filter((e): e is [string, string] => e[1] != null);
  if (given.length === 0) return;
  // Existence only: the id is all that needs to leave Neo4j.
  const found = await ctx.entitiesWith.loadMany(given.map(([, id]) => ({ id, props: ['id'] })));
  given.forEach(([, id], i) => {
    if (found[i] == null || found[i] instanceof Error) throw notFound(id);
  });
}
