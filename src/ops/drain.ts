// Graceful shutdown: stop accepting, let in-flight requests finish up to a deadline, then cut what is left.
// Node's server.close() alone waits forever on keep-alive sockets; closeAllConnections() alone cuts answers mid-way.
import type { Server } from 'node:http';
import type { Logger } from './logger.js';
import type { Lifecycle } from './readiness.js';

const inFlight = new WeakMap<Server, { count: number }>();

/** Counts requests from arrival until their response is finished or their socket closes. Call once per server. */
export function trackInFlight(server: Server): void {
  const state = { count: 0 };
  inFlight.set(server, state);
  server.on('request', (_req, res) => {
    state.count += 1;
    res.once('close', () => (state.count -= 1));
  });
}

export const inFlightCount = (server: Server) => inFlight.get(server)?.count ?? 0;

export interface DrainResult {
  /** True when every in-flight request finished before the deadline. */
  drained: boolean;
  /** Requests still running at the deadline, whose connections were closed. */
  cut: number;
  ms: number;
}

export async function drain(server: Server, options: { timeoutMs: number; lifecycle?: Lifecycle; logger?: Logger }): Promise<DrainResult> {
  const started = performance.now();
  if (options.lifecycle) options.lifecycle.draining = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + options.timeoutMs;
  options.logger?.info({ inFlight: inFlightCount(server), timeoutMs: options.timeoutMs }, 'draining: no new connections');
  // Idle keep-alive sockets would hold close() open; close them now and as each request ends.
  while (inFlightCount(server) > 0 && Date.now() < deadline) {
    server.closeIdleConnections();
    await new Promise((r) => setTimeout(r, 25));
  }
  const cut = inFlightCount(server);
  server.closeAllConnections();
  await closed;
  const result = { drained: cut === 0, cut, ms: Math.round(performance.now() - started) };
  if (cut > 0) options.logger?.warn(result, `drain deadline passed: ${cut} request(s) cut`);
  else options.logger?.info(result, 'drained: every in-flight request finished');
  return result;
}
