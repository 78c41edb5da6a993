// Queries asked again run as JavaScript compiled for them (graphql-jit through @envelop/graphql-jit): completing an
// answer field by field in graphql-js was most of what the API added to its own Cypher on large answers (issue 9,
// same run: an entity's 54 edges 3.91 → 3.30 ms, a neighbourhood of 136 nodes 6.93 → 5.67 ms). The answers are the
// executor's, errors included (test/compiled.test.ts).
import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Whether a document runs compiled: from its second execution on (a query seen once is not worth compiling;
 * documents are Yoga's cached parses, the same object when asked again), and only with one operation:
 * @envelop/graphql-jit keeps one compiled query per document whatever the operation name, so a document of several
 * would run its first compiled operation for all of them.
 */
function compiledWhen() {
  const seen = new WeakSet<DocumentNode>();
  return (document: DocumentNode) =>
    document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length === 1 && (seen.has(document) || (seen.add(document), false));
}

/**
 * graphql-jit's field errors carry their line and column but not the query's text, and Yoga rebuilds each error from
 * that text when it writes the answer, so their locations were lost. Each becomes the error graphql-js would have
 * made: located in the query's text, its original error kept (Yoga masks what it masks without compiling).
 */
function located(e: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  if (!source || !e.locations?.length) return e;
  const lineStarts = [0, ...[...source.body.matchAll(/\r\n|[\n\r]/g)].map((m) => m.index + m[0].length)];
  const positions = e.locations.map((l) => lineStarts[l.line - 1]! + l.column - 1);
  return createGraphQLError(e.message, { source, positions, path: e.path, originalError: e.originalError ?? undefined });
}

export function compiledQueries(onCompiled?: () => void): Plugin[] {
  const compiled = compiledWhen();
  // The executions that ran compiled, by their context (one per request).
  const ran = new WeakSet<object>();
  const locate: Plugin = {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const r = result as ExecutionResult;
        if (r.errors?.length && ran.has(args.contextValue as object)) setResult({ ...r, errors: r.errors.map((e) => located(e, args.document)) });
      },
    }),
  };
  const jit = useGraphQlJit(
    {},
    {
      enableIf: ({ document, contextValue }) => {
        if (!compiled(document)) return false;
        ran.add(contextValue as object);
        onCompiled?.();
        return true;
      },
    },
  );
  return [locate, jit as Plugin];
}
