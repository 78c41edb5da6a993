// The HTTP server: the explorer at /, GraphQL (and GraphiQL) at /graphql, the Neo4j Browser guide and style under
// /guide/, downloads under /export/ (src/http/export-route.ts), /health, /ready and /metrics (from yoga plugins, see src/ops/).
import { createServer, type Server } from 'node:http';
import type { Config } from './config/config.js';
import type { Database } from './db/driver.js';
import { serveGuide } from './guide/serve-guide.js';
import { serveExplorer } from './explorer/serve-explorer.js';
import { createApi } from './graphql/yoga.js';
import { trackInFlight } from './ops/drain.js';
import type { Logger } from './ops/logger.js';
import type { Lifecycle } from './ops/readiness.js';
import type { Tracer } from '@opentelemetry/api';
import { isExportPath, serveExport } from './http/export-route.js';
import { guardGraphQL, setSecurityHeaders } from './http/guard.js';

export interface ServerOptions {
  logger?: Logger;
  /** Shared with drain(): /ready answers 503 once shutdown begins. */
  lifecycle?: Lifecycle;
  /** Set only when an OpenTelemetry exporter is configured (src/ops/tracing.ts). */
  tracer?: Tracer;
}

export function startServer(config: Config, db: Database, options: ServerOptions = {}): Promise<Server> {
  const yoga = createApi(db, { ...options, processMetrics: true });
  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    if (req.url?.startsWith('/guide/')) return serveGuide(req, res);
    if (isExportPath(req.url)) return void serveExport(req, res, db, { maxBytes: config.API_EXPORT_MAX_BYTES, logger: options.logger });
    if (serveExplorer(req, res)) return;
    if (guardGraphQL(req, res, { maxBodyBytes: config.API_MAX_BODY_BYTES })) return;
    return yoga(req, res);
  });
  trackInFlight(server);
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? Object.assign(new Error(`Port ${config.PORT} is taken; set PORT to another.`), { name: 'ConfigError' }) : e),
    );
    server.listen(config.PORT, config.HOST, () => resolve(server));
  });
}
