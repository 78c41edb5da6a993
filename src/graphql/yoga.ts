// The GraphQL server: schema.graphql + resolvers, limits from graphql-armor, errors masked unless expected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { useContentEncoding } from '@whatwg-node/server';
import { createYoga } from 'graphql-yoga';
import type { Database } from '../db/driver.js';
import { projectRoot } from '../local-neo4j/paths.js';
import { createObservability, type ObservabilityOptions } from '../ops/observability.js';
import { compiledQueries } from './compiled.js';
import { createContext, type Context } from './context.js';
import { defaultQuery } from './default-query.js';
import { byteBoundedCaches, costLimit, queryLengthLimit } from './limits.js';
import { resolvers } from './resolvers/index.js';
import { hubKeys } from './hub-pages.js';
import { timelineKeys } from './timeline-keys.js';

export const typeDefs = readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');

export interface ApiOptions extends ObservabilityOptions {
  /** Called with each request's context; tests use it to count Cypher queries. */
  onContext?: (context: Context) => void;
  /** false: every nested level loads by its own batched statement instead of folding into the root's (tests compare). */
  fold?: boolean;
  /** false: queries asked again still run through graphql-js's executor, not compiled (tests compare both). */
  compile?: boolean;
  /** Called each time a query runs compiled; tests count it. */
  onCompiled?: () => void;
  /** Above this many relationships a node pages them from the page indexes; tests lower it to compare both ways. */
  hubPageDegree?: number;
  /** How many keys of hubs' pages are kept between requests (HUB_KEYS_KEPT); bench:scale keeps none (1) to measure a
   * hub's first request. */
  hubKeysKept?: number;
  /** Timelines longer than this keep their first timelineKeptKeys sorted keys between requests; tests lower both. */
  timelineKeepFrom?: number;
  timelineKeptKeys?: number;
}

export function createApi(db: Database, options: ApiOptions = {}) {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  // Logs, /metrics, /ready (yoga's own /health says the process is alive); each request's Cypher is timed.
  const ops = createObservability(db, options);
  const { config } = db;
  const { api } = config;
  const keptTimelines = timelineKeys();
  const keptHubPages = hubKeys(options.hubKeysKept);
  return createYoga({
    // Bodies past the limit are refused with 413 while streaming too (the HTTP guard checks Content-Length first).
    maxRequestBodySize: config.API_MAX_BODY_BYTES,
    parserAndValidationCache: byteBoundedCaches(config.API_CACHE_BYTES),
    // Only JSON posts reach here (see src/http/guard.ts); file uploads are not part of this API.
    multipart: false,
    // Same-origin needs no CORS headers; other origins only when listed, never with credentials.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !api.corsOrigins.includes(origin)) return false;
      return { origin: [origin], credentials: false, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'x-graphql-yoga-csrf'] };
    },
    schema,
    graphqlEndpoint: '/graphql',
    logging: ops.yogaLogger,
    context: ({ request }) => {
      const context = createContext(ops.databaseFor(request), {
        fold: options.fold,
        hubPageDegree: options.hubPageDegree,
        hubKeys: keptHubPages,
        timelineKeys: keptTimelines,
        timelineKeepFrom: options.timelineKeepFrom,
        timelineKeptKeys: options.timelineKeptKeys,
      });
      options.onContext?.(context);
      return context;
    },
    graphiql: api.graphiql ? { title: 'Khorasan graph', defaultQuery } : false,
    // GraphiQL bundled in the package, not fetched from a CDN: it works on closed networks.
    renderGraphiQL,
    landingPage: false,
    plugins: [
      ...ops.plugins,
      // Requests a browser could send from another site without a preflight are refused (CSRF).
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      // An over-long query text is refused before it is parsed.
      queryLengthLimit(config.API_MAX_QUERY_CHARS),
      // Depth and size bounds: a query past them is refused before any Cypher runs.
      EnvelopArmorPlugin({
        // 16: four hops (group → members → their groups → places) need 14; cost (below) bounds the work.
        maxDepth: { n: 16 },
        // Cost is computed on validated arguments, variables included, by costLimit below.
        costLimit: { enabled: false },
        maxAliases: { n: 20 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 3000 },
        // "Did you mean …?" maps the schema for a stranger; off in production unless asked for.
        blockFieldSuggestion: { enabled: !api.fieldSuggestions },
      }),
      costLimit(config.API_MAX_COST),
      ...(api.introspection ? [] : [useDisableIntrospection()]),
      // Gzip the GraphiQL page (9 MB) and answers for clients that accept it.
      useContentEncoding(),
      // A query asked again runs as JavaScript compiled for it (compiled.ts).
      ...(options.compile === false ? [] : compiledQueries(options.onCompiled)),
    ],
  });
}
