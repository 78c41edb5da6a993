// `npm run generate`: writes the artefacts derived from the model (schema.cypher, the data dictionary).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';
import { dataDictionary } from '../model/data-dictionary.js';
import { schemaCypher } from '../model/schema-cypher.js';

export const generated = {
  'cypher/schema.cypher': schemaCypher,
  'docs/data-dictionary.md': dataDictionary,
} as const;

if (process.argv[1]?.endsWith('generate.ts')) {
  for (const [file, make] of Object.entries(generated)) {
    writeFileSync(path.join(projectRoot, file), make());
    console.log(`wrote ${file}`);
  }
}
