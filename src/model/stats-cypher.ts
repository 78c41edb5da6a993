// Generates cypher/queries/stats.cypher from the model: one count per label and per relationship type, each with
// the label or type written in the statement, so Neo4j answers from its count store (one db hit each) instead of
// scanning every node and relationship (49× slower at 1M nodes: /work/shared/measurements/scale-1m.md, cause 3).
import { CASUALTY_REPORT, nodeLabels, relationshipTypeNames } from './model.js';

export function statsCypher(): string {
  const labels = ['Entity', ...nodeLabels, CASUALTY_REPORT.label].sort();
  const types = [...relationshipTypeNames, CASUALTY_REPORT.relationship].sort();
  return [
    '// Counts nodes per label and relationships per type (labels and types with none are left out).',
    '// Generated from src/model/model.ts by `npm run generate`; do not edit by hand. Each count names its label',
    '// or type in the text, so it comes from the count store, not a scan.',
    'WITH [',
    labels.map((l) => `  {name: '${l}', count: COUNT { (:${l}) }}`).join(',\n'),
    '] AS labels, [',
    types.map((t) => `  {name: '${t}', count: COUNT { ()-[:${t}]->() }}`).join(',\n'),
    '] AS types',
    'RETURN [x IN labels WHERE x.count > 0] AS labels, [x IN types WHERE x.count > 0] AS relationshipTypes',
    '',
  ].join('\n');
}
