// `npm run generate`: writes the artefacts derived from the model (schema.cypher, the data dictionary, the Browser style, the plain Cypher seed script, the list part of schema.graphql).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';
import { dataDictionary } from '../model/data-dictionary.js';
import { grass } from '../model/grass.js';
import { schemaCypher } from '../model/schema-cypher.js';
import { parseCommand } from './args.js';
import { exitOnError } from './connect.js';
import { seedScript } from '../export/seed-script.js';
import { stixExtensionSchema, stixSchemaFile } from '../export/stix-schema.js';
import { schemaWithLists } from '../graphql/lists/sdl.js';

export const generated = {
  'cypher/schema.cypher': schemaCypher,
  'docs/data-dictionary.md': dataDictionary,
  'guide/khorasan.grass': grass,
  'cypher/seed/khorasan.cypher': seedScript,
  [stixSchemaFile]: stixExtensionSchema,
  // The hand-written contract keeps its text; the list inputs below the mark are regenerated.
  'schema.graphql': () => schemaWithLists(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8')),
} as const;

// Run as a script (tsx on the .ts, node on the compiled .js), not when a test imports `generated`.
if (/generate\.[jt]s$/.test(process.argv[1] ?? '')) {
  try {
    parseCommand(
      {
        usage: 'npm run generate',
        description: `Rewrites the files derived from src/model: ${Object.keys(generated).join(', ')}. Commit them.`,
        options: {},
        help: {},
      },
      process.argv.slice(2),
    );
  } catch (e) {
    exitOnError(e);
  }
  for (const [file, make] of Object.entries(generated)) {
    mkdirSync(path.dirname(path.join(projectRoot, file)), { recursive: true });
    writeFileSync(path.join(projectRoot, file), make());
    console.log(`wrote ${file}`);
  }
}
