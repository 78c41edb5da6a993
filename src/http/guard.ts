// Checks on every HTTP request before yoga reads it: size, media type, GET parameters; and security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface GuardOptions {
  maxBodyBytes: number;
}

/** Headers every answer carries: no sniffing, no framing, no referrer leaks. */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

/** A GraphQL-shaped error answer with a code, for requests refused before yoga. */
export function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

// JSON only: form-encoded, multipart and text/plain posts are what a cross-site <form> can send (CSRF).
const JSON_TYPES = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

/** Answers and returns true when the request is refused; false lets it through to yoga. */
export function guardGraphQL(req: IncomingMessage, res: ServerResponse, options: GuardOptions): boolean {
  if (req.method === 'POST') {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > options.maxBodyBytes) {
      // Connection: close, so Node does not read (and buffer) the rest of a huge body.
      res.setHeader('connection', 'close');
      refuse(res, 413, 'REQUEST_TOO_LARGE', `The request body is ${length} bytes; at most ${options.maxBodyBytes} are allowed.`);
      return true;
    }
    if (!JSON_TYPES.test(req.headers['content-type'] ?? '')) {
      refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as JSON (content-type: application/json).');
      return true;
    }
  }
  if (req.method === 'GET') {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.search.length > options.maxBodyBytes) {
      refuse(res, 414, 'REQUEST_TOO_LARGE', `The URL is too long; at most ${options.maxBodyBytes} characters are allowed.`);
      return true;
    }
    for (const name of ['variables', 'extensions']) {
      const value = url.searchParams.get(name);
      if (value == null || value === '') continue;
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new Error('not an object');
      } catch {
        refuse(res, 400, 'BAD_REQUEST', `The "${name}" parameter must be a JSON object.`);
        return true;
      }
    }
  }
  return false;
}
