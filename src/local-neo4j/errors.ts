/** A problem starting or stopping the built-in Neo4j, worded for the person at the terminal. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
