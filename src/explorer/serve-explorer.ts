// Serves the built explorer: index.html at / (whatever the query string holds: the view state), assets under /assets/.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { explorerDist } from './build-explorer.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Answers / and /assets/*; returns false for every other path (GraphQL, the guide, health). */
export function serveExplorer(req: IncomingMessage, res: ServerResponse): boolean {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  if (pathname !== '/' && pathname !== '/index.html' && !pathname.startsWith('/assets/')) return false;
  const name = pathname === '/' ? 'index.html' : pathname.slice(1);
  // Only plain file names the build writes: no way out of dist/explorer.
  if (!/^(index\.html|assets\/[\w.-]+)$/.test(name)) return (res.writeHead(404).end('Not found'), true);
  const file = path.join(explorerDist, name);
  if (!existsSync(file)) {
    res.writeHead(name === 'index.html' ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(name === 'index.html' ? 'The explorer is not built: `npm start` builds it (or run `npx vite build explorer`).' : 'Not found');
    return true;
  }
  // Asset names carry a content hash, so they can be cached for good; index.html must be re-read.
  const cache = name === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream', 'cache-control': cache });
  res.end(readFileSync(file));
  return true;
}
