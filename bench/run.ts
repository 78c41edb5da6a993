// `npm run bench`: p50/p95 latency of each root field through GraphQL (in-process Yoga) and of the same
// Cypher straight through the driver, in one run, with their ratio. Not a test: it prints numbers.
// BENCH_RUNS (default 200) sets the runs per row; the graph must be seeded (npm run seed).
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/config.js';
import { cypher } from '../src/db/cypher-files.js';
import { createApi } from '../src/graphql/yoga.js';
import { luceneQuery } from '../src/graphql/resolvers/search.js';
import { connect, exitOnError } from '../src/cli/connect.js';

const runs = Number(process.env.BENCH_RUNS ?? 200);
const date = (s: string) => neo4j.types.Date.fromStandardDate(new Date(`${s}T00:00:00Z`));

interface Case {
  field: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
}

const cases: Case[] = [
  { field: 'entity', graphql: '{ entity(id: "group/iskp") { id name aliases } }', cypher: 'queries/entities-by-id', params: { ids: ['group/iskp'] } },
  {
    field: 'search',
    graphql: '{ search(text: "Daesh Khorasan") { score entity { id } } }',
    cypher: 'queries/search',
    params: { query: luceneQuery('Daesh Khorasan'), kinds: null, candidates: 150 },
  },
  {
    field: 'relationships',
    graphql: '{ entity(id: "group/iskp") { relationships(first: 20) { totalCount edges { node { type from { id } to { id } } } } } }',
    cypher: 'queries/relationships',
    params: { ids: ['group/iskp'], types: null, direction: 'BOTH', asOf: null, offset: 0, first: 20 },
  },
  {
    field: 'neighborhood',
    graphql: '{ neighborhood(id: "person/aslam-farooqi", depth: 2) { nodes { id } edges { id } truncated } }',
    cypher: 'queries/neighborhood',
    params: { id: 'person/aslam-farooqi', depth: 2, types: null, asOf: null, limit: 200 },
  },
  {
    field: 'paths',
    graphql: '{ paths(from: "attack/2021-08-26-kabul-airport", to: "attack/2020-08-02-jalalabad-prison") { length steps { sentence } } }',
    cypher: 'queries/paths-shortest',
    params: { from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison', maxLength: 4, types: null, first: 5 },
  },
  {
    field: 'attacks',
    graphql: '{ attacks(filter: { place: "place/kabul", from: "2021-08-01" }) { totalCount edges { node { id } } } }',
    cypher: 'queries/attacks',
    params: {
      perpetrator: null,
      attribution: null,
      place: 'place/kabul',
      target: null,
      from: date('2021-08-01'),
      to: null,
      minKilled: null,
      order: 'DATE_DESC',
      offset: 0,
      first: 20,
    },
  },
  {
    field: 'leadership',
    graphql: '{ leadership(groupId: "group/iskp") { ordinal person { name } from to } }',
    cypher: 'queries/leadership',
    params: { groupId: 'group/iskp' },
  },
  {
    field: 'timeline',
    graphql: '{ timeline(id: "person/aslam-farooqi") { date sentence } }',
    cypher: 'queries/timeline',
    params: { id: 'person/aslam-farooqi', from: null, to: null },
  },
  {
    field: 'claims',
    graphql: '{ claims(about: "group/islamic-state") { totalCount edges { node { id } } } }',
    cypher: 'queries/claims',
    params: { about: 'group/islamic-state', madeBy: null, offset: 0, first: 20 },
  },
  { field: 'estimates', graphql: '{ estimates(about: "group/iskp") { id figureText } }', cypher: 'queries/estimates', params: { about: 'group/iskp' } },
  {
    field: 'designations',
    graphql: '{ designations(groupId: "group/iskp") { designationType date } }',
    cypher: 'queries/designations',
    params: { groupId: 'group/iskp' },
  },
  { field: 'stats', graphql: '{ stats { labels { name count } } }', cypher: 'queries/stats', params: {} },
];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn(); // warm-up: plan cache, JIT
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const config = loadConfig();
  const db = await connect(config);
  const api = createApi(db);
  console.log(`\n${runs} runs per row after 10 warm-up runs; milliseconds. GraphQL = in-process Yoga; Cypher = the same query via the driver.\n`);
  const header = `${'field'.padEnd(14)}${'GraphQL p50'.padStart(12)}${'p95'.padStart(9)}${'Cypher p50'.padStart(12)}${'p95'.padStart(9)}${'ratio p50'.padStart(11)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const c of cases) {
    const gq = await time(runs, async () => {
      const res = await api.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: c.graphql }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${c.field}: ${JSON.stringify(body.errors)}`);
    });
    const cy = await time(runs, () => db.read(cypher(c.cypher), c.params));
    const [g50, g95, c50, c95] = [percentile(gq, 50), percentile(gq, 95), percentile(cy, 50), percentile(cy, 95)];
    console.log(
      `${c.field.padEnd(14)}${g50.toFixed(2).padStart(12)}${g95.toFixed(2).padStart(9)}${c50.toFixed(2).padStart(12)}${c95.toFixed(2).padStart(9)}${(g50 / c50).toFixed(2).padStart(11)}`,
    );
  }
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const m = process.memoryUsage();
  console.log(`\nAPI process memory after the run: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}.`);
  await db.close();
}

main().catch(exitOnError);
