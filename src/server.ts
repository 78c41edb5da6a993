// The HTTP server: GraphQL (and GraphiQL) at /graphql, the Neo4j Browser guide and style under /guide/.
import { createServer, type Server } from 'node:http';
import type { Config } from './config/config.js';
import type { Database } from './db/driver.js';
import { serveGuide } from './guide/serve-guide.js';
import { createApi } from './graphql/yoga.js';

export function startServer(config: Config, db: Database): Promise<Server> {
  const yoga = createApi(db);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/guide/')) return serveGuide(req, res);
    return yoga(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? Object.assign(new Error(`Port ${config.PORT} is taken; set PORT to another.`), { name: 'ConfigError' }) : e),
    );
    server.listen(config.PORT, config.HOST, () => resolve(server));
  });
}
