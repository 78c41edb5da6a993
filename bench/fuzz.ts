// `npm run fuzz`: thousands of varied, malformed and oversized requests at a loopback API, then the figures
// issue 8 asks for: 5xx count, crashes, largest response, heap after GC before and after.
// Fixed seed (FUZZ_SEED), bounded count (FUZZ_COUNT, default 5000) and time (FUZZ_SECONDS, default 300).
// Run with the graph seeded; the API runs in this process on an ephemeral loopback port.
import type { AddressInfo } from 'node:net';
import { connect, exitOnError } from '../src/cli/connect.js';
import { loadConfig } from '../src/config/config.js';
import { startServer } from '../src/server.js';

const count = Number(process.env.FUZZ_COUNT ?? 5000);
const seconds = Number(process.env.FUZZ_SECONDS ?? 300);
const concurrency = 4;

// mulberry32: a tiny seeded generator, so a failing run can be replayed exactly.
let state = Number(process.env.FUZZ_SEED ?? 8) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const junk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(rand() * 95))).join('');
const big = (n: number) => 'x'.repeat(n);
const MB10 = 10 * 1024 * 1024;

const ids = ['group/iskp', 'person/no-such', '', 'x'.repeat(300), 'group/../../etc', '\u0000', 'place/kabul'];
const queries: (() => { query: string; variables?: unknown })[] = [
  () => ({ query: `{ entity(id: ${JSON.stringify(pick(ids))}) { id name } }` }),
  () => ({ query: `{ timeline(id: ${JSON.stringify(pick(ids))}) { totalCount edges { node { date sentence } } } }` }),
  () => ({
    query: 'query($f: Int) { attacks(first: $f) { edges { node { relationships(first: $f) { edges { node { id } } } } } } }',
    variables: { f: Math.floor(rand() * 300) - 50 },
  }),
  () => ({ query: `{ search(text: ${JSON.stringify(junk(Math.floor(rand() * 400)))}) { score } }` }),
  () => ({ query: `{ neighborhood(id: "group/iskp", depth: ${Math.floor(rand() * 6) - 1}) { nodes { id } } }` }),
  () => ({
    query: `{ attacks(first: 5, after: ${JSON.stringify(Buffer.from(`offset:${Math.floor(rand() * 2 ** 31)}`).toString('base64url'))}) { totalCount } }`,
  }),
  () => ({ query: junk(Math.floor(rand() * 2000)) }),
  () => ({ query: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: stats { labels { name } }`).join(' ')} }` }),
  () => ({
    query: 'query($id: ID!) { a: entity(id: $id) { id } b: timeline(id: $id) { totalCount } }',
    variables: { id: big(100_000 + Math.floor(rand() * 500_000)) },
  }),
  () => ({ query: `{ health { status } } #${big(50_000)}` }),
  () => ({ query: '{ __schema { types { name fields { name } } } }' }),
  () => ({ query: `{ paths(from: "group/iskp", to: "place/kabul", maxLength: ${Math.floor(rand() * 10)}) { length } }` }),
];

type Shot = { method: string; headers: Record<string, string>; body?: string; path: string };
function shot(i: number): Shot {
  const json = { 'content-type': 'application/json' };
  // Every 250th request carries a 10 MB body: distinct each time, so no cache can dedupe them.
  if (i % 250 === 0) return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: `{ health { status } } #${i}${big(MB10)}` }) };
  const r = rand();
  if (r < 0.7) return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify(pick(queries)()) };
  if (r < 0.78) return { method: 'POST', path: '/graphql', headers: json, body: junk(Math.floor(rand() * 500)) };
  if (r < 0.84)
    return {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) },
      body: 'query=%7B+health+%7B+status+%7D+%7D',
    };
  if (r < 0.92) {
    const variables = pick(['notjson', '[]', '{"f":1}', '', encodeURIComponent(junk(50))]);
    return {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ health { status } }')}&variables=${variables}`,
      headers: { 'x-graphql-yoga-csrf': '1' },
    };
  }
  return {
    method: 'GET',
    path: pick(['/guide/khorasan.html', '/guide/../package.json', '/health', '/ready', '/nope', '/guide/%00']),
    headers: { 'accept-encoding': 'gzip' },
  };
}

function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function main() {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('Run with --expose-gc (npm run fuzz does).');
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const db = await connect(config, () => {});
  let crashes = 0;
  process.on('uncaughtException', (e) => {
    crashes++;
    console.error('uncaught:', e);
  });
  const server = await startServer({ ...config, PORT: 0 }, db);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Warm up (schema, caches, connections) before the baseline.
  for (let i = 0; i < 20; i++)
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { status } }"}' });
  const heapBefore = heapAfterGc();
  const deadline = Date.now() + seconds * 1000;
  const statuses = new Map<number, number>();
  let sent = 0,
    largest = 0,
    largestWhat = '',
    refusedConnections = 0,
    bigBodies = 0;
  const worker = async () => {
    while (sent < count && Date.now() < deadline) {
      const i = sent++;
      const s = shot(i);
      if (s.body && s.body.length >= MB10) bigBodies++;
      try {
        const res = await fetch(base + s.path, { method: s.method, headers: s.headers, body: s.body, signal: AbortSignal.timeout(30_000) });
        const body = Buffer.from(await res.arrayBuffer());
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (body.length > largest) [largest, largestWhat] = [body.length, `${s.method} ${s.path} ${(s.body ?? '').slice(0, 80)}`];
      } catch {
        // The server may close a connection it refused with 413 before the client finished sending.
        refusedConnections++;
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const heapAfter = heapAfterGc();
  await new Promise((r) => server.close(r));
  await db.close();
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(`requests sent:       ${sent} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${process.env.FUZZ_SEED ?? 8}, ${bigBodies} of 10 MB)`);
  console.log(
    `statuses:            ${[...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([s, c]) => `${s}×${c}`)
      .join(' ')}`,
  );
  console.log(`5xx:                 ${fivexx}`);
  console.log(`crashes:             ${crashes}`);
  console.log(`connections cut:     ${refusedConnections} (the server closes after refusing an oversized body)`);
  console.log(`largest response:    ${largest} bytes (${largestWhat.slice(0, 100)})`);
  console.log(`heap after GC:       ${mb(heapBefore)} before, ${mb(heapAfter)} after (growth ${mb(heapAfter - heapBefore)})`);
  const ok = fivexx === 0 && crashes === 0 && heapAfter - heapBefore < 50 * 1024 * 1024 && largest <= 1024 * 1024;
  console.log(ok ? 'goals met (0 5xx, 0 crashes, heap growth < 50 MB, no response > 1 MB)' : 'GOALS NOT MET');
  process.exit(ok ? 0 : 1);
}

main().catch(exitOnError);
