// The explorer's GraphQL operations (explorer/src/operations/*.graphql) are checked against schema.graphql:
// a schema change that breaks the explorer fails here, before any browser starts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';

const dir = path.join(projectRoot, 'explorer', 'src', 'operations');
const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

describe('explorer operations', () => {
  it('has operation files', () => expect(files.length).toBeGreaterThanOrEqual(7));

  it.each(files)('%s is valid against schema.graphql', (file) => {
    const errors = validate(schema, parse(readFileSync(path.join(dir, file), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('a field the schema lacks is caught (the check can fail)', () => {
    const errors = validate(schema, parse('query { entity(id: "x") { id noSuchField } }'));
    expect(errors.length).toBeGreaterThan(0);
  });
});
