// Close the HTTP server and the driver on Ctrl-C or SIGTERM. The built-in Neo4j keeps running (npm run neo4j:stop).
import type { Server } from 'node:http';
import type { Database } from '../db/driver.js';

export function closeOnSignal(server: Server, db: Database): void {
  const close = (signal: string) => {
    console.log(`\n${signal}: closing the API (Neo4j keeps running; \`npm run neo4j:stop\` stops it).`);
    server.close();
    server.closeAllConnections();
    void db.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => close('SIGINT'));
  process.once('SIGTERM', () => close('SIGTERM'));
}
