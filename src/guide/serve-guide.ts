// Serves guide/ (the Neo4j Browser guide and style) with CORS, so Neo4j Browser on :7474 can fetch it.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { maybeGzip } from '../http/compress.js';
import { projectRoot } from '../local-neo4j/paths.js';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.grass': 'text/plain; charset=utf-8', '.css': 'text/css' };

export function serveGuide(req: IncomingMessage, res: ServerResponse): void {
  const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.join(projectRoot, 'guide', name);
  const headers = { 'access-control-allow-origin': '*', 'content-type': types[path.extname(name)] ?? 'text/plain' };
  if (req.method === 'OPTIONS') {
    // Browser's `:play <url>` sends Cache-Control and Pragma headers, so it asks first (a CORS preflight).
    res
      .writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      })
      .end();
    return;
  }
  if (!/^[a-z0-9-]+\.(html|grass|css)$/.test(name) || !existsSync(file)) {
    res.writeHead(404, headers).end('Not found');
    return;
  }
  const out = maybeGzip(req, file, readFileSync(file));
  res.writeHead(200, { ...headers, ...out.headers }).end(out.body);
}
