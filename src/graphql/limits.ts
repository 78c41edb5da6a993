// Bounds on what one request may make the API hold or do: query length, cache bytes, and cost.
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/** A 400 with a code: the request was refused before any parsing or Cypher. */
export const refused = (code: string, message: string, status = 400) => createGraphQLError(message, { extensions: { code, http: { status } } });

/** Query texts longer than `max` characters are refused before yoga parses (or caches) them. */
export function queryLengthLimit(max: number): Plugin {
  return {
    onParams({ params }) {
      const length = typeof params.query === 'string' ? params.query.length : 0;
      if (length > max) throw refused('QUERY_TOO_LARGE', `The query is ${length} characters long; at most ${max} are allowed.`);
    },
  };
}

/**
 * Yoga's default parse caches hold 1,024 whole query texts with no byte cap, so distinct huge
 * queries stayed in the heap. These caches are bounded by bytes: a parsed document costs
 * roughly ten times its text (an estimate; the length limit above bounds any one entry).
 */
export function byteBoundedCaches(maxBytes: number) {
  // `{}` is LRUCache's own bound on values (V extends {}); `object` would refuse the error cache's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  const make = <T extends {}>() => new LRUCache<string, T>({ maxSize: Math.max(maxBytes, 1), sizeCalculation: (_v, key) => key.length * 10 + 100 });
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  return { documentCache: make<DocumentNode>(), errorCache: make<{}>(), validationCache: true };
}

// Arguments that multiply the cost of everything below the field: page sizes (first or last, whichever is
// larger) and result caps. A list given neither first nor last pages by 20 (src/graphql/lists/paging.ts).
const PAGE_SIZES = ['first', 'last'];
const CAPS = ['limit'];
const IMPLIED_PAGE = 20;

/**
 * Cost = sum over selected fields of the product of the page sizes (`first`/`last`) and `limit` values above them,
 * computed on the validated argument values (variables and schema defaults included), so
 * `first: $f` costs the same as `first: 100`. graphql-armor's cost limit saw literals only.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, depth: number): number => {
    if (depth > 50) return Infinity; // fragment cycles are refused by validation; this is only a guard
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        const t = f && schema.getType(f.typeCondition.name.value);
        if (f && t && isCompositeType(t)) cost += walk(f.selectionSet, t, multiplier, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const t = s.typeCondition ? schema.getType(s.typeCondition.name.value) : type;
        if (t && isCompositeType(t)) cost += walk(s.selectionSet, t, multiplier, depth + 1);
      } else {
        cost += multiplier;
        const def = 'getFields' in type ? type.getFields()[s.name.value] : undefined;
        if (!def || !s.selectionSet) continue;
        const valueOf = (name: string) => {
          const value = argumentValue(def.args.find((d) => d.name === name)?.defaultValue, s.arguments?.find((a) => a.name.value === name)?.value, variables);
          return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : undefined;
        };
        const pages = PAGE_SIZES.map(valueOf).filter((v): v is number => v !== undefined);
        const paged = def.args.some((d) => PAGE_SIZES.includes(d.name));
        const page = pages.length ? Math.max(...pages) : paged ? IMPLIED_PAGE : 1;
        const factor = CAPS.map(valueOf).reduce<number>((m, v) => m * (v ?? 1), page);
        const child = namedType(def.type as GraphQLType);
        if (isCompositeType(child)) cost += walk(s.selectionSet, child, multiplier * factor, depth + 1);
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, 0);
}

// Read by hand rather than with graphql's getArgumentValues / isCompositeType, whose instanceof checks
// fail when the schema and this module load different copies of graphql (ESM and CJS under vitest).
function namedType(type: unknown): unknown {
  let t = type as { ofType?: unknown };
  while (t && t.ofType) t = t.ofType as { ofType?: unknown };
  return t;
}
const isCompositeType = (t: unknown): t is GraphQLCompositeType => !!t && typeof t === 'object' && ('getFields' in t || 'getTypes' in t);

function argumentValue(fallback: unknown, node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return fallback;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value] ?? fallback;
  if (node.kind === Kind.INT) return Number(node.value);
  return fallback;
}

/** Refuses operations whose cost passes `maxCost`, saying the limit and the cost, before any resolver runs. */
export function costLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = queryCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
      } catch {
        return; // bad argument values: execution reports them as usual
      }
      if (cost > maxCost) {
        const shown = Number.isFinite(cost) ? String(Math.round(cost)) : 'unbounded';
        setResultAndStopExecution({
          errors: [
            refused(
              'QUERY_TOO_COMPLEX',
              `The query would cost ${shown}; the limit is ${maxCost}. Ask for fewer items (smaller first/limit) or fewer nested lists.`,
            ),
          ],
        });
      }
    },
  };
}
