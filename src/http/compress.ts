// Gzip for static answers (the guide files), when the client accepts it.
import type { IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, Buffer>();

/** The body and the headers to add: gzip when accepted and worth it, else as is. */
export function maybeGzip(req: IncomingMessage, key: string, body: Buffer): { body: Buffer; headers: Record<string, string> } {
  if (body.length < 1024 || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return { body, headers: { vary: 'accept-encoding' } };
  let zipped = cache.get(key);
  if (!zipped) cache.set(key, (zipped = gzipSync(body)));
  return { body: zipped, headers: { 'content-encoding': 'gzip', vary: 'accept-encoding' } };
}
