// Entity and edge notes and an attack's wounded range are in the API (before, only Neo4j Browser showed them).
import { afterAll, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
const api = createApi(db);
afterAll(() => db.close());

it('serves notes on entities and edges, and wounded min/max on attacks', async () => {
  const r = await graphql(
    api,
    `
      {
        iskp: entity(id: "group/iskp") {
          note
        }
        kerman: entity(id: "attack/2024-01-03-kerman-bombings") {
          ... on Attack {
            woundedMin
            woundedMax
          }
          relationships(types: ["PERPETRATED"], direction: IN, first: 10) {
            edges {
              node {
                from {
                  id
                }
                note
              }
            }
          }
        }
      }
    `,
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data!.iskp.note).toMatch(/^Founding date differs within the text/);
  expect(r.data!.kerman).toMatchObject({ woundedMin: 211, woundedMax: 211 });
  const byFrom = Object.fromEntries(r.data!.kerman.relationships.edges.map((e: any) => [e.node.from.id, e.node.note]));
  expect(byFrom['person/omar-al-muwahid']).toBe('Named as one of the two suicide bombers only in the Islamic State claim statement on Telegram.');
});
