// The examples the documentation ships are tested: the README's Cypher and GraphiQL's default operations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statements } from '../src/db/cypher-files.js';
import { createApi } from '../src/graphql/yoga.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const readmeCypher = [...readme.matchAll(/```cypher\n([\s\S]*?)```/g)].flatMap((m) => statements(m[1]!));
const operationsDoc = readFileSync(path.join(projectRoot, 'docs', 'analyst-questions.graphql'), 'utf8');
const operations = [...operationsDoc.matchAll(/^query (\w+)/gm)].map((m) => m[1]!);

describe('README Cypher', () => {
  it('has the four analyst queries', () => expect(readmeCypher).toHaveLength(4));

  it.each(readmeCypher.map((q) => [q.split('\n')[0]!.slice(0, 60), q]))('%s… returns rows', async (_, query) => {
    const r = await db.read(query);
    expect(r.records.length).toBeGreaterThan(0);
  });
});

describe('GraphiQL default document', () => {
  const api = createApi(db);
  it('has the analyst questions', () => expect(operations.length).toBeGreaterThanOrEqual(6));

  it.each(operations)('%s runs without errors and answers', async (operationName) => {
    const res = await api.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operationsDoc, operationName }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const answer = JSON.stringify(body.data);
    expect(answer).not.toMatch(/^\{("\w+":(null|\[\]),?)+\}$/);
    expect(answer.length).toBeGreaterThan(100);
  });
});

describe('README GraphQL one-liners', () => {
  const api = createApi(db);
  const oneLiners = [...readme.matchAll(/\*\*[^*]+\*\* `(\{.*?\})`/g)].map((m) => m[1]!);
  it('are there', () => expect(oneLiners.length).toBeGreaterThanOrEqual(6));
  it.each(oneLiners)('%s', async (query) => {
    const r = await graphql(api, query);
    expect(r.errors).toBeUndefined();
  });
});
