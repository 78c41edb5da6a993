// Shared by the tests: a config and database for the seeded test Neo4j, and in-process GraphQL.
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config/config.js';
import { createDatabase, type Database } from '../src/db/driver.js';
import { createApi } from '../src/graphql/yoga.js';

export function testConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword'), ...extra });
}

export function testDatabase(extra: Record<string, string> = {}): Database {
  return createDatabase(testConfig(extra));
}

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

/** Runs one operation through Yoga in-process (no port) and returns the parsed body. */
export async function graphql<T = Record<string, any>>(
  api: ReturnType<typeof createApi>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const res = await api.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}
