// `npm run bench`: eight request shapes an analyst asks, each answered three ways in one run, interleaved:
//   ours   — this API (in-process Yoga, compiled resolvers as `npm start` runs them);
//   cypher — one hand-written statement per shape returning only the selected fields, through neo4j-driver
//            (the fastest this stack can be: issue 9's baseline);
//   peer   — @neo4j/graphql over the same database, type definitions generated from the model (bench/peer).
// Prints p50/p95 per way and the ratios ours/cypher and ours/peer; checks each way returns the same number of
// items, so a fast wrong answer cannot win. Then throughput at 10 and 50 concurrent clients, ours vs peer.
// Not a test. BENCH_RUNS (default 100) rounds; BENCH_THROUGHPUT_SECONDS (default 10) per throughput cell.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../src/config/config.js';
import { connect, exitOnError } from '../src/cli/connect.js';
import { createApi } from '../src/graphql/yoga.js';
import { peerTypeDefs } from './peer/typedefs.js';
import { shapes, type Shape } from './peer/shapes.js';

const runs = Number(process.env.BENCH_RUNS ?? 100);
const throughputSeconds = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 10);

type Ask = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

function asker(fetcher: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response }): Ask {
  return async (query, variables) => {
    const res = await fetcher.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function main() {
  const config = loadConfig();
  const db = await connect(config);
  const ours = asker(createApi(db));
  console.log('Building the @neo4j/graphql schema from the model…');
  const peerSchema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver: db.driver }).getSchema();
  const peer = asker(createYoga({ schema: peerSchema, logging: false, graphiql: false }));

  type Way = 'ours' | 'cypher' | 'peer';
  const run = async (s: Shape, way: Way): Promise<number> => {
    if (way === 'cypher') return s.count.cypher((await db.read(s.cypher, s.variables)).records);
    if (way === 'peer') return s.peer ? s.count.peer(await peer(s.peer, s.variables)) : NaN;
    return s.ours ? s.count.ours(await ours(s.ours, s.variables)) : NaN;
  };

  const ways: Way[] = ['ours', 'cypher', 'peer'];
  const times = new Map(shapes.map((s) => [s.name, new Map(ways.map((w) => [w, [] as number[]]))]));
  // Same content first: a shape whose ways disagree on how many items they return is reported, not timed blind.
  // A way that cannot answer a shape (a limit refuses it, or the peer has no such query) is left out, with why.
  const refused = new Map<string, string>();
  for (const s of shapes) {
    const counts = await Promise.all(
      ways.map((w) =>
        run(s, w).catch((e: Error) => {
          refused.set(`${s.name}/${w}`, e.message.slice(0, 120));
          return NaN;
        }),
      ),
    );
    const show = (w: Way, n: number) =>
      Number.isNaN(n) ? `(cannot ask${refused.has(`${s.name}/${w}`) ? `: ${refused.get(`${s.name}/${w}`)}` : ''})` : String(n);
    console.log(`  ${s.name}: items ours ${show('ours', counts[0]!)}, cypher ${show('cypher', counts[1]!)}, peer ${show('peer', counts[2]!)}`);
    for (const [w, n] of ways.map((w, i) => [w, counts[i]!] as const))
      if (Number.isNaN(n)) refused.set(`${s.name}/${w}`, refused.get(`${s.name}/${w}`) ?? 'cannot ask');
  }
  console.log(`\n${runs} rounds after 5 warm-up rounds; each round asks every shape every way, order rotating.`);
  for (let round = -5; round < runs; round++) {
    for (const s of shapes) {
      for (let k = 0; k < ways.length; k++) {
        const way = ways[(k + round + 5) % ways.length]!;
        if (refused.has(`${s.name}/${way}`)) continue;
        const t = performance.now();
        await run(s, way);
        if (round >= 0)
          times
            .get(s.name)!
            .get(way)!
            .push(performance.now() - t);
      }
    }
  }
  const col = (x: string, w = 11) => x.padStart(w);
  const header = 'shape'.padEnd(44) + col('ours p50') + col('p95') + col('cypher p50') + col('peer p50') + col('ours/cypher', 13) + col('ours/peer', 11);
  console.log(`\nMilliseconds. Goals: ours/cypher ≤ 1.15, ours/peer ≤ 0.5.\n\n${header}\n${'-'.repeat(header.length)}`);
  for (const s of shapes) {
    const t = times.get(s.name)!;
    const [o, o95, c, p] = [percentile(t.get('ours')!, 50), percentile(t.get('ours')!, 95), percentile(t.get('cypher')!, 50), percentile(t.get('peer')!, 50)];
    const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));
    console.log(s.name.padEnd(44) + col(f(o)) + col(f(o95)) + col(f(c)) + col(f(p)) + col(f(o / c), 13) + col(f(o / p), 11));
  }

  // Throughput: N clients each asking one shape as fast as answers come, for a fixed time (bounded).
  console.log(`\nThroughput (answers/s over ${throughputSeconds} s), ours vs peer:`);
  for (const s of shapes.filter((x) => x.throughput && !refused.has(`${x.name}/ours`) && !refused.has(`${x.name}/peer`))) {
    const name = s.name;
    for (const clients of [10, 50]) {
      const rate = async (way: Way) => {
        const until = performance.now() + throughputSeconds * 1000;
        let answers = 0;
        await Promise.all(
          Array.from({ length: clients }, async () => {
            while (performance.now() < until) {
              await run(s, way);
              answers++;
            }
          }),
        );
        return answers / throughputSeconds;
      };
      const [o, p] = [await rate('ours'), await rate('peer')];
      console.log(`  ${name.padEnd(42)} ${String(clients).padStart(2)} clients: ours ${o.toFixed(0)}/s, peer ${p.toFixed(0)}/s, ratio ${(o / p).toFixed(2)}`);
    }
  }
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`\nProcess memory (ours and the peer in one process): rss ${mb(process.memoryUsage().rss)}, heap used ${mb(process.memoryUsage().heapUsed)}.`);
  await db.close();
}

main().catch(exitOnError);
