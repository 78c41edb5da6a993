// GET /ready: 200 when Neo4j answers and the graph is loaded, 503 otherwise (and while draining for shutdown).
// /health (yoga's own) stays 200 while the process is alive: a restart would not fix a Neo4j outage.
import { useReadinessCheck } from 'graphql-yoga';
import { cypher } from '../db/cypher-files.js';
import type { Database } from '../db/driver.js';

export interface Lifecycle {
  /** Set when shutdown begins: /ready turns 503 so load balancers stop sending new requests. */
  draining: boolean;
}

/** The probe never waits longer than this, even when Neo4j is frozen rather than down. */
const PROBE_TIMEOUT_MS = 2000;
/** Answers are reused this long, so a flood of probes is not a flood of Cypher. */
const CACHE_MS = 500;

type Probe = { ready: boolean; neo4j: 'ok' | 'unreachable'; graph: 'loaded' | 'empty' | 'unknown' };

async function probe(db: Database): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('readiness probe timed out')), PROBE_TIMEOUT_MS);
  });
  try {
    const r = await Promise.race([db.read<{ loaded: number }>(cypher('queries/ready')), deadline]);
    const loaded = Number(r.records[0]?.get('loaded') ?? 0) > 0;
    return { ready: loaded, neo4j: 'ok', graph: loaded ? 'loaded' : 'empty' };
  } catch {
    // The reason stays out of the answer (it can name hosts); the request log has the statement's code.
    return { ready: false, neo4j: 'unreachable', graph: 'unknown' };
  } finally {
    clearTimeout(timer);
  }
}

export function readinessPlugin(db: Database, lifecycle: Lifecycle) {
  let cached: { at: number; answer: Promise<Probe> } | undefined;
  return useReadinessCheck({
    endpoint: '/ready',
    async check({ fetchAPI }) {
      const json = (status: number, body: object) =>
        new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
      if (lifecycle.draining) return json(503, { status: 'draining' });
      if (!cached || performance.now() - cached.at > CACHE_MS) cached = { at: performance.now(), answer: probe(db) };
      const p = await cached.answer;
      return json(p.ready ? 200 : 503, { status: p.ready ? 'ready' : 'not ready', neo4j: p.neo4j, graph: p.graph });
    },
  });
}
