// The all-paths statement with its search bounded to maxLength hops. Quantifier bounds must be literals in Cypher,
// so the file's {1,6} is replaced by one of six fixed texts, chosen by a number checked here to be an integer 1..6:
// a shorter limit then searches less, instead of searching to 6 hops and filtering afterwards.
// (Shortest paths are a budgeted search of their own: path-search.ts.)
import { cypher } from './cypher-files.js';

export function allPathsStatement(maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new RangeError(`maxLength must be an integer from 1 to 6, not ${maxLength}`);
  const statement = cypher('queries/paths-all');
  if (statement.split('{1,6}').length !== 2) throw new Error('a paths statement must hold its {1,6} bound exactly once');
  return statement.replace('{1,6}', `{1,${maxLength}}`);
}
