// Queries asked again run compiled (graphql-jit, src/graphql/yoga.ts): the answers, errors included, must be those
// of graphql-js's executor, for every analyst question, the bench's request shapes, and bad requests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/graphql/yoga.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { shapes } from '../bench/peer/shapes.js';
import { graphql, testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

/** Each operation of a document as a document of its own, with the fragments it uses (a document of several is never compiled). */
function operations(text: string): string[] {
  const doc = parse(text);
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return doc.definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const used = new Map<string, DefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread: (s) => {
            const fragment = fragments.get(s.name.value)!;
            if (used.has(s.name.value)) return;
            used.set(s.name.value, fragment);
            collect(fragment);
          },
        });
      collect(op);
      return print({ kind: Kind.DOCUMENT, definitions: [op, ...used.values()] });
    });
}

describe('compiled queries answer as the executor does', () => {
  it('analyst questions, bench shapes and bad requests: the same answers and errors, compiled from the second time on', async () => {
    let compiledRuns = 0;
    const compiled = createApi(db, { onCompiled: () => compiledRuns++ });
    const plain = createApi(db, { compile: false });
    const requests: [string, Record<string, unknown>][] = [
      ...operations(readFileSync(path.join(projectRoot, 'docs', 'analyst-questions.graphql'), 'utf8')).map((q): [string, Record<string, unknown>] => [q, {}]),
      ...shapes.filter((s) => s.ours).map((s): [string, Record<string, unknown>] => [s.ours!, s.variables]),
      // Errors: a bad argument, an unknown id, a path whose budget runs out, a field error below a list.
      ['{ entity(id: "group/nobody") { id } }', {}],
      ['{ attacks(first: -1) { totalCount } }', {}],
      ['{ paths(from: "group/iskp", to: "group/islamic-state", budget: 1) { length } }', {}],
      ['query($d: Date) { entity(id: "group/iskp") { relationships(asOf: $d) { totalCount } } }', { d: '2019-02-30' }],
      ['{ entity(id: "group/iskp") { ... on Group { relationships(first: 0) { totalCount } } } }', {}],
      ['{ neighborhood(id: "group/iskp", depth: 9) { nodes { id } } }', {}],
      // Errors below a list, on the third line of the text: one per item, each located and on its own path.
      ['{\n  attacks(first: 3) { edges {\n    node { id relationships(first: 0) { totalCount } } } }\n}', {}],
    ];
    expect(requests.length).toBeGreaterThan(20);
    let withErrors = 0;
    for (const [query, variables] of requests) {
      const expected = await graphql(plain, query, variables);
      const before = compiledRuns;
      await graphql(compiled, query, variables);
      const second = await graphql(compiled, query, variables);
      expect(compiledRuns, query).toBe(before + 1);
      expect(second, query).toEqual(expected);
      if (expected.errors) withErrors++;
    }
    expect(withErrors).toBeGreaterThanOrEqual(5);
  });
});
