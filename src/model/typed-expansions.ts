// The part of cypher/queries/neighborhood.cypher that finds the relationships between two hubs, one typed expansion
// per relationship type of the model, written between two marks by `npm run generate`. An untyped expansion between
// two bound nodes walks every edge of the one with fewer; a typed one walks only that type's edges of the end with
// fewer of them (Neo4j keeps a dense node's edges grouped by type and counted), and between two hubs most types are
// few or none at one end (ISKP perpetrates, Afghanistan is where things occur).
import { relationshipTypeNames } from './model.js';

export const TYPED_BEGIN = '      // ---- typed expansions, generated from src/model by `npm run generate` (src/model/typed-expansions.ts) ----';
export const TYPED_END = '      // ---- end of typed expansions ----';

/** The hand-written statement with the typed expansions between the marks written afresh. */
export function withTypedExpansions(current: string): string {
  const begin = current.indexOf(TYPED_BEGIN);
  const end = current.indexOf(TYPED_END);
  if (begin < 0 || end < begin) throw new Error('cypher/queries/neighborhood.cypher: the typed expansion marks are missing');
  const branches = relationshipTypeNames.map((t) => `      MATCH (a)-[r:${t}]-(b) RETURN r`).join('\n      UNION ALL\n');
  return `${current.slice(0, begin)}${TYPED_BEGIN}\n${branches}\n${current.slice(end)}`;
}
