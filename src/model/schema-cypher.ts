// Generates cypher/schema.cypher from the model: constraints, indexes and the full-text index.
import { CASUALTY_REPORT, nodeLabels, relationshipTypeNames } from './model.js';

export const FULLTEXT_INDEX = 'Entity_names';
/** Ranked search (src/search): folded names and aliases, and the folded description and text properties. */
export const SEARCH_INDEX = 'Entity_text';

/**
 * The ends a hub pages its relationships by (src/graphql/hub-pages.ts): per relationship type between entities and
 * per end, a range index on (end's id, validFrom, id) reads a node's edges of that type in page order. Neo4j indexes
 * no relationship by its ends, so the loader keeps each end's id on the edge (src/seed/to-rows.ts).
 */
/** Every relationship type between entities (an attack's casualty reports are not entities, nor in this list). */
export const pageTypes: readonly string[] = relationshipTypeNames;
export const pageEnds = { OUT: 'startId', IN: 'endId' } as const;
const pageIndexName = (type: string, direction: keyof typeof pageEnds) => `${type}_${direction === 'OUT' ? 'outPage' : 'inPage'}`;

export function schemaCypher(): string {
  const lines = [
    '// Constraints and indexes of the Khorasan graph. Generated from src/model/model.ts by `npm run generate`;',
    '// do not edit by hand. Safe to re-run (IF NOT EXISTS).',
    '',
    '// Every entity has one unique id, whatever its label.',
    'CREATE CONSTRAINT Entity_id IF NOT EXISTS',
    'FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  ];
  for (const label of [...nodeLabels, CASUALTY_REPORT.label]) {
    lines.push('', `// ${label}: unique id.`, `CREATE CONSTRAINT ${label}_id IF NOT EXISTS`, `FOR (n:${label}) REQUIRE n.id IS UNIQUE;`);
  }
  const indexes: [string, string][] = [
    ['Attack', 'dateStart'],
    ['Attack', 'killedBest'],
    // A hub's attacks in date order find each record's duplicates by seek (cypher/queries/attacks.cypher).
    ['Attack', 'duplicateOf'],
    ['Event', 'dateStart'],
    ['Place', 'placeType'],
    ['Group', 'groupType'],
  ];
  // Lists filter and sort by name (src/graphql/lists): eq, in and startsWith seek these instead of scanning the label.
  for (const label of nodeLabels) {
    lines.push('', `// ${label} list filters and sorting by name.`, `CREATE INDEX ${label}_name IF NOT EXISTS`, `FOR (n:${label}) ON (n.name);`);
  }
  for (const [label, prop] of indexes) {
    lines.push('', `// ${label} lookups by ${prop} (attack filters, timelines, place hierarchy).`);
    lines.push(`CREATE INDEX ${label}_${prop} IF NOT EXISTS`, `FOR (n:${label}) ON (n.${prop});`);
  }
  for (const type of pageTypes) {
    lines.push('', `// ${type}: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).`);
    for (const [direction, end] of Object.entries(pageEnds) as [keyof typeof pageEnds, string][]) {
      lines.push(`CREATE INDEX ${pageIndexName(type, direction)} IF NOT EXISTS`, `FOR ()-[r:${type}]-() ON (r.${end}, r.validFrom, r.id);`);
    }
  }
  lines.push(
    '',
    '// Full-text search over names, aliases and their compact forms ("IS-KP" -> "iskp"); no stop words,',
    '// so "IS" in "IS-KP" is kept.',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS`,
    'FOR (n:Entity) ON EACH [n.name, n.aliases, n.searchKeys]',
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};",
    '',
    '// Ranked search: folded names/aliases (searchNames), folded description and text properties (searchBody),',
    '// compact keys; the query side folds the same way (src/search/fold.ts).',
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS`,
    'FOR (n:Entity) ON EACH [n.searchNames, n.searchBody, n.searchKeys]',
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};",
    '',
  );
  return lines.join('\n');
}
