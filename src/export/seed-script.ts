// cypher/seed/khorasan.cypher: the seed as one plain Cypher script, written by `npm run generate`.
import { loadConfig } from '../config/config.js';
import { prepareSeed } from '../seed/prepare.js';
import { graphFromSeed } from './graph.js';
import { cypherScriptText } from './write-cypher.js';

export function seedScript(): string {
  const config = loadConfig();
  return cypherScriptText(graphFromSeed(prepareSeed(config.SEED_DIR, config.SOURCES_DIR).seed));
}
