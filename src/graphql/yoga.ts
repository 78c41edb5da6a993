// The GraphQL server: schema.graphql + resolvers, limits from graphql-armor, errors masked unless expected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Database } from '../db/driver.js';
import { projectRoot } from '../local-neo4j/paths.js';
import { createObservability, type ObservabilityOptions } from '../ops/observability.js';
import { createContext, type Context } from './context.js';
import { defaultQuery } from './default-query.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');

export interface ApiOptions extends ObservabilityOptions {
  /** Called with each request's context; tests use it to count Cypher queries. */
  onContext?: (context: Context) => void;
}

export function createApi(db: Database, options: ApiOptions = {}) {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  // Logs, /metrics, /ready (yoga's own /health says the process is alive); each request's Cypher is timed.
  const ops = createObservability(db, options);
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: ops.yogaLogger,
    context: ({ request }) => {
      const context = createContext(ops.databaseFor(request));
      options.onContext?.(context);
      return context;
    },
    graphiql: { title: 'Khorasan graph', defaultQuery },
    // GraphiQL bundled in the package, not fetched from a CDN: it works on closed networks.
    renderGraphiQL,
    landingPage: false,
    plugins: [
      ...ops.plugins,
      // Depth and cost bounds: a query past them is refused before any Cypher runs.
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        costLimit: { maxCost: 20000 },
        maxAliases: { n: 20 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 3000 },
        blockFieldSuggestion: { enabled: false },
      }),
    ],
  });
}
