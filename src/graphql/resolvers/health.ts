// Query.health: Neo4j's version and round trip; SERVICE_UNAVAILABLE when it is down.
import type { Context } from '../context.js';
import { fromDatabaseError } from '../errors.js';

export async function health(_: unknown, __: unknown, ctx: Context) {
  try {
    const h = await ctx.health();
    return { status: 'ok', neo4jVersion: h.version, neo4jEdition: h.edition, latencyMs: h.latencyMs };
  } catch (e) {
    throw fromDatabaseError(e);
  }
}
