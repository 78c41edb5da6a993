// The .cypher files under cypher/, read once. Queries live there, not in TypeScript strings,
// so the same text runs in Neo4j Browser with :param.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';

const cache = new Map<string, string>();
// Text → file name, so logs and metrics can name a statement (`queries/entity`) instead of printing its text.
const names = new Map<string, string>();

/** The text of cypher/<name>.cypher, e.g. cypher('queries/entity'). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    // Comment lines stay in the files (they explain them, in Neo4j Browser too) but are not sent: Bolt sends a
    // statement's whole text with every run, in 1,400-byte chunks, and comments were 40 % of it.
    text = readFileSync(path.join(projectRoot, 'cypher', `${name}.cypher`), 'utf8').replace(/^[ \t]*\/\/.*(?:\r?\n|$)/gm, '');
    cache.set(name, text);
    names.set(text, name);
  }
  return text;
}

/** The cypher/ file a statement text came from (e.g. `queries/entity`), or `inline` for text built in TypeScript. */
export function cypherName(text: string): string {
  return names.get(text) ?? 'inline';
}

/** Splits a file of several statements (schema.cypher) on the `;` that ends a line. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
