// The document GraphiQL opens with: the README's analyst questions as named operations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';

export const defaultQuery = readFileSync(path.join(projectRoot, 'docs', 'analyst-questions.graphql'), 'utf8');
