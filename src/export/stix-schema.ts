// The JSON Schema of the project's STIX property extension, written by `npm run generate` to
// docs/stix/<extension id>.json: the file name the OASIS validator looks for with `--schemas docs/stix`.
import {
  CASUALTY_REPORT,
  casualtyBases,
  casualtyCategories,
  casualtyOutcomes,
  casualtyQualifiers,
  confidenceLevels,
  nodeLabels,
  relationshipTypeNames,
} from '../model/model.js';
import { EXTENSION_ID } from './write-stix.js';

export const stixSchemaFile = `docs/stix/${EXTENSION_ID}.json`;

export function stixExtensionSchema(): string {
  const int = { type: 'integer', minimum: 0 };
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Khorasan graph properties (STIX 2.1 property extension)',
    description:
      'Generated from src/model by `npm run generate`. Every exported object carries its project id and kind; related-to carries the project relationship name.',
    type: 'object',
    properties: {
      extensions: {
        type: 'object',
        properties: {
          [EXTENSION_ID]: {
            type: 'object',
            required: ['extension_type', 'khorasan_id', 'kind'],
            properties: {
              extension_type: { const: 'property-extension' },
              khorasan_id: { type: 'string', minLength: 1 },
              kind: { enum: [...nodeLabels, 'Relationship', 'Assessment'] },
              relationship_name: { enum: relationshipTypeNames },
              casualty_reports: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['id', 'ordinal', 'quotes', 'source_ids'],
                  properties: {
                    id: { type: 'string' },
                    ordinal: int,
                    killed: int,
                    wounded: int,
                    killed_qualifier: { enum: casualtyQualifiers },
                    wounded_qualifier: { enum: casualtyQualifiers },
                    basis: { enum: Object.keys(casualtyBases) },
                    confidence: { enum: confidenceLevels },
                    reported_by: { type: 'string', minLength: 1 },
                    figures: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['outcome', 'count', 'category'],
                        properties: {
                          outcome: { enum: casualtyOutcomes },
                          count: int,
                          qualifier: { enum: [...casualtyQualifiers, null] },
                          category: { enum: casualtyCategories },
                          who: { type: ['string', 'null'] },
                        },
                      },
                    },
                    quotes: { type: 'array', minItems: 1, items: { type: 'string' } },
                    source_ids: { type: 'array', minItems: 1, items: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    $comment: `Casualty figures are ${CASUALTY_REPORT.label} nodes in the graph.`,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
