// The arguments of Entity.relationships, validated; shared by its resolver and by the roots that fold it (fold.ts).
import { afterArg, args, check, dateArg } from '../args.js';

export interface RelationshipArgs {
  types?: string[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH';
  asOf?: string | null;
  includeUncertain?: boolean | null;
  first?: number;
  after?: string | null;
}

export type RelationshipParams = ReturnType<typeof relationshipParams>;

export function relationshipParams(a: RelationshipArgs) {
  return {
    types: check('types', args.types, a.types) ?? null,
    direction: a.direction ?? 'BOTH',
    asOf: dateArg('asOf', a.asOf),
    includeUncertain: a.includeUncertain ?? false,
    first: check('first', args.first, a.first ?? 20),
    offset: afterArg(a.after),
  };
}
