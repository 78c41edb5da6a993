// GET /export/{format}?scope=…: the whole graph, a neighbourhood, a path result or an attack list as a download,
// through the one export pipeline (src/export). Input is validated, answers are bounded, errors are coded JSON.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { cypher } from '../db/cypher-files.js';
import type { Database } from '../db/driver.js';
import { DatabaseError } from '../db/errors.js';
import { PathSearchStopped } from '../db/path-search.js';
import { exportBody, exportFormats, formats, type ExportFormat } from '../export/formats.js';
import { readScope } from '../export/read-graph.js';
import { parseScope, scopeEntityIds, scopeFileBase } from '../export/scope-params.js';
import type { Logger } from '../ops/logger.js';
import { refuse } from './guard.js';

export interface ExportRouteOptions {
  /** Largest body served (API_EXPORT_MAX_BYTES); past it the answer is 413 and says to narrow the scope. */
  maxBytes: number;
  logger?: Logger;
}

/** Exports build whole files in memory: a few at a time, the rest are told to come back. */
const MAX_CONCURRENT = 2;
/** Nodes plus relationships one export may hold before any file is written. */
const MAX_ITEMS = 50_000;
let running = 0;

export const isExportPath = (url: string | undefined): boolean => url === '/export' || (url ?? '').startsWith('/export/') || (url ?? '').startsWith('/export?');

function badInput(res: ServerResponse, status: number, argument: string, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message: `Parameter "${argument}" ${message}`, extensions: { code: 'BAD_USER_INPUT', argument } }] }));
}

export async function serveExport(req: IncomingMessage, res: ServerResponse, db: Database, options: ExportRouteOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.search.length > 2000) return refuse(res, 414, 'REQUEST_TOO_LARGE', 'The URL is too long; at most 2000 characters of parameters are allowed.');
  const format = url.pathname.replace(/^\/export\/?/, '') as ExportFormat;
  if (!exportFormats.includes(format)) {
    return badInput(res, 404, 'format', `must be one of ${exportFormats.join(', ')}, as in /export/stix (got ${JSON.stringify(format.slice(0, 40))})`);
  }
  const parsed = parseScope(url.searchParams);
  if ('problem' in parsed) return badInput(res, 400, parsed.problem.argument, parsed.problem.message);
  const { scope } = parsed;
  if (running >= MAX_CONCURRENT) {
    res.setHeader('retry-after', '5');
    return refuse(res, 429, 'TOO_MANY_EXPORTS', `At most ${MAX_CONCURRENT} exports run at once; try again in a few seconds.`);
  }
  running += 1;
  try {
    const ids = scopeEntityIds(scope);
    if (ids.length > 0) {
      const missing = (await db.read(cypher('export/missing-ids'), { ids })).records[0]?.get('missing') as string[];
      if (missing.length > 0) return refuse(res, 404, 'NOT_FOUND', `No entity with id "${missing[0]}".`);
    }
    const graph = await readScope(db, scope);
    const items = graph.nodes.length + graph.relationships.length;
    if (items > MAX_ITEMS) return tooLarge(res, `${items} nodes and relationships; at most ${MAX_ITEMS} are exported over HTTP`);
    const { body, fileName } = exportBody(format, graph, scopeFileBase(scope));
    if (body.length > options.maxBytes) return tooLarge(res, `${body.length} bytes; at most ${options.maxBytes} are served (API_EXPORT_MAX_BYTES)`);
    // The CSV zip is compressed already; the text formats shrink a lot.
    const gzip = format !== 'csv' && body.length >= 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const sent = gzip ? gzipSync(body) : body;
    res.writeHead(200, {
      'content-type': formats[format].contentType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'content-length': String(sent.length),
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : sent);
  } catch (e) {
    if (e instanceof PathSearchStopped) return refuse(res, 422, 'SEARCH_BUDGET_EXCEEDED', `${e.message} Export a neighbourhood instead.`);
    if (e instanceof DatabaseError && e.code !== 'DATABASE_ERROR') {
      options.logger?.warn({ code: e.code, detail: e.detail }, 'export failed');
      return refuse(res, e.code === 'QUERY_TIMEOUT' ? 504 : 503, e.code, e.message);
    }
    options.logger?.error({ err: e }, 'export failed');
    return refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  } finally {
    running -= 1;
  }
}

const tooLarge = (res: ServerResponse, what: string) =>
  refuse(res, 413, 'EXPORT_TOO_LARGE', `This export would be ${what}. Narrow the scope (a neighbourhood, a path, an attack filter) or use npm run export.`);
