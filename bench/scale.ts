// `npm run bench:scale`: the bounded request shapes at growing synthetic sizes (default 10k, 100k, 1M nodes),
// p50/p95 per size and the growth ratio largest/smallest (issue 9's goal: ≤ 2×, none timing out).
// Runs its own Neo4j (home .neo4j-bench, its own ports, emptied at each run) so the seeded graph of `npm start` is never touched;
// the graph is the real seed plus synthetic nodes and relationships from bench/synthetic.ts, loaded by
// UNWIND batches through the project's own cypher/load statements, whose rate is printed against per-row statements.
// Not a test: it prints numbers. Bounded: BENCH_SIZES, BENCH_RUNS, BENCH_WARMUP, BENCH_STAGE_SECONDS.
import { loadConfig } from '../src/config/config.js';
import { cypher } from '../src/db/cypher-files.js';
import { createDatabase, type Database } from '../src/db/driver.js';
import { createApi } from '../src/graphql/yoga.js';
import { rmSync } from 'node:fs';
import { localPaths } from '../src/local-neo4j/paths.js';
import { start, stop } from '../src/local-neo4j/server.js';
import { loadGraph } from '../src/seed/load.js';
import { prepareSeed } from '../src/seed/prepare.js';
import { nodeBatches, relationshipBatches } from '../src/seed/to-rows.js';
import { exitOnError } from '../src/cli/connect.js';
import { idsByLabel, nodeRows, relationshipRows, RELATIONSHIPS_PER_NODE, templatesFrom } from './synthetic.js';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 50);
// Rounds asked and not counted before each size (plan cache, JIT, page cache). Three left the first size measured in a
// colder process than the later ones (the health row 3.7 ms at 10k against 2.1 at 1M), which made growth look smaller.
const warmup = Number(process.env.BENCH_WARMUP ?? 10);
const stageSeconds = Number(process.env.BENCH_STAGE_SECONDS ?? 3600);
const BATCH = 5000;

/**
 * The bounded shapes of issue 9, as whole GraphQL requests; `health` is the control row (no graph work).
 * NORMAL is an ordinary node (a synthetic person, whose degree stays about the same as the graph grows);
 * the real ISKP record is the supernode.
 */
/** A request, the same every round or one per round (round counts from -warmup). */
interface Shape {
  name: string;
  query: string | ((round: number) => string);
  /** Asked of an API that keeps no hub page keys (each request as the first after a load). */
  cold?: boolean;
}

// A date window no earlier round asked for: the same entries, but keys the API has not kept yet.
const newWindow = (round: number) => new Date(Date.UTC(2100, 0, 1) + (round + 1000) * 86_400_000).toISOString().slice(0, 10);

const shapesFor = (NORMAL: string): Shape[] => [
  { name: 'health (control)', query: '{ health { status } }' },
  { name: 'entity', query: '{ entity(id: "group/iskp") { id name aliases description } }' },
  { name: 'search by name', query: '{ search(text: "Aslam Farooqi") { entity { id name } } }' },
  {
    name: 'relationships of the hub, LED',
    query: '{ entity(id: "group/iskp") { relationships(types: ["LED"], first: 20) { totalCount edges { node { type from { id name } to { id } } } } } }',
  },
  {
    name: 'relationships of the hub, first 20',
    query: '{ entity(id: "group/iskp") { relationships(first: 20) { edges { node { type from { id name } to { id name } } } } } }',
  },
  // A hub's merged page keys are kept per data version (src/graphql/hub-pages.ts), so after the warm-up the row above
  // reads kept keys; this one asks the same of an API that keeps none: degrees and every end's keys each round. (A new
  // set of types each round would not do: the types are in the folded statement's text, so it would time planning.)
  {
    name: 'relationships of the hub, not kept yet',
    query: '{ entity(id: "group/iskp") { relationships(first: 20) { edges { node { type from { id name } to { id name } } } } } }',
    cold: true,
  },
  { name: 'neighbourhood depth 2', query: `{ neighborhood(id: "${NORMAL}", depth: 2, limit: 200) { nodes { id } edges { id } truncated } }` },
  { name: 'neighbourhood of the hub, depth 1', query: '{ neighborhood(id: "group/iskp", depth: 1, limit: 200) { nodes { id } edges { id } truncated } }' },
  { name: 'shortest path', query: '{ paths(from: "attack/2021-08-26-kabul-airport", to: "attack/2020-08-02-jalalabad-prison") { length } }' },
  // Two hubs that share no relationship: at 1M nodes (28,659 and 36,509 relationships) the search stops at its budget
  // and says so, instead of reading on.
  {
    name: 'path search between two hubs',
    query: '{ pathSearch(from: "place/israel", to: "attack/2024-01-03-kerman-bombings", maxLength: 6) { stopped searchedLength expanded } }',
  },
  {
    name: 'attacks in a province, first 20',
    query: '{ attacks(filter: { place: "place/nangarhar-province" }, first: 20) { edges { node { id name date { text } } } } }',
  },
  { name: 'attacks by the hub, first 20', query: '{ attacks(filter: { perpetrator: "group/iskp" }, first: 20) { edges { node { id name date { text } } } } }' },
  { name: 'leadership', query: '{ leadership(groupId: "group/iskp") { ordinal person { name } from to } }' },
  { name: 'timeline of an ordinary person', query: `{ timeline(id: "${NORMAL}") { totalCount edges { node { date sentence } } } }` },
  // The hub's timeline ran past the timeout at 100k nodes when it was one unbounded list (issue 8, item 8).
  // Past 1,000 entries a timeline's sorted keys are kept per data version (src/graphql/timeline-keys.ts): the first row
  // asks the same page each round, so after the warm-up it reads kept keys; the second asks a date window never asked
  // before (ending after every entry), so each round sorts, as the first request after a load does.
  { name: 'timeline of the hub, first 20', query: '{ timeline(id: "group/iskp", first: 20) { totalCount edges { node { date sentence } } } }' },
  {
    name: 'timeline of the hub, not kept yet',
    query: (round) => `{ timeline(id: "group/iskp", to: "${newWindow(round)}", first: 20) { totalCount edges { node { date sentence } } } }`,
  },
  { name: 'stats', query: '{ stats { labels { name count } relationshipTypes { name count } } }' },
];

class StageTimeout extends Error {}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const since = (t: number) => (performance.now() - t) / 1000;

interface Timing {
  p50: number;
  p95: number;
  errors: Record<string, number>;
}

async function measure(db: Database, shapes: Shape[]): Promise<Map<string, Timing>> {
  const [api, cold] = [createApi(db), createApi(db, { hubKeysKept: 1 })];
  const out = new Map<string, Timing>();
  const ask = async (s: Shape, query: string): Promise<string | undefined> => {
    const res = await (s.cold ? cold : api).fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? (body.errors ? 'ERROR' : undefined);
  };
  // Interleaved: each round asks every shape once, so load on the machine spreads evenly over the shapes.
  const times = new Map(shapes.map((s) => [s.name, [] as number[]]));
  const errors = new Map(shapes.map((s) => [s.name, {} as Record<string, number>]));
  for (let round = -warmup; round < runs; round++) {
    for (const s of shapes) {
      const t = performance.now();
      const code = await ask(s, typeof s.query === 'string' ? s.query : s.query(round));
      const ms = performance.now() - t;
      if (round < 0) continue; // warm-up: plan cache, JIT, page cache
      times.get(s.name)!.push(ms);
      if (code) errors.get(s.name)![code] = (errors.get(s.name)![code] ?? 0) + 1;
    }
  }
  for (const s of shapes) out.set(s.name, { p50: percentile(times.get(s.name)!, 50), p95: percentile(times.get(s.name)!, 95), errors: errors.get(s.name)! });
  return out;
}

/** The table so far: p50 / p95 per size measured, and the growth ratio of the last size over the first. */
function printTable(results: { size: number; timings: Map<string, Timing> }[], shapes: { name: string }[]) {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const col = (s: string) => s.padStart(16);
  console.log(
    `\np50 / p95 in ms per size; ratio = p50 at ${last.size.toLocaleString('en')} over p50 at ${first.size.toLocaleString('en')} (goal ≤ 2); errors by code.\n`,
  );
  const header = 'shape'.padEnd(36) + results.map((r) => col(`${r.size.toLocaleString('en')} nodes`)).join('') + col('ratio') + '  errors';
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const s of shapes) {
    const cells = results.map((r) => r.timings.get(s.name)!).map((x) => col(`${x.p50.toFixed(1)} / ${x.p95.toFixed(1)}`));
    const ratio = last.timings.get(s.name)!.p50 / first.timings.get(s.name)!.p50;
    const errs = results
      .map((r) => Object.entries(r.timings.get(s.name)!.errors).map(([c, n]) => `${r.size}: ${n}× ${c}`))
      .flat()
      .join(', ');
    console.log(s.name.padEnd(36) + cells.join('') + col(`${ratio.toFixed(1)}${ratio > 2 ? ' ✗' : ''}`) + `  ${errs || '-'}`);
  }
}

async function main() {
  const config = loadConfig({
    ...process.env,
    NEO4J_HOME_DIR: process.env.BENCH_NEO4J_HOME ?? '.neo4j-bench',
    NEO4J_BOLT_PORT: process.env.BENCH_BOLT_PORT ?? '7697',
    NEO4J_HTTP_PORT: process.env.BENCH_HTTP_PORT ?? '7477',
    NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '4g',
    NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? '2g',
    NEO4J_URI: undefined,
  });
  // The bench's home is its own and every run loads from nothing. A graph kept by BENCH_KEEP_NEO4J is too large to
  // reset in one transaction (it ran past the timeout at 1M nodes), so its data folder goes before the start.
  await stop(config, (l) => console.log(`[neo4j] ${l}`));
  rmSync(localPaths(config).data, { recursive: true, force: true });
  await start(config, (l) => console.log(`[neo4j] ${l}`));
  const db = createDatabase(config);
  try {
    const { seed } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);
    await loadGraph(db, seed, { reset: true, allowDelete: true, log: () => {} });
    const t = templatesFrom(nodeBatches(seed), relationshipBatches(seed));
    const real = t.nodes.length;
    console.log(`Real seed loaded: ${real} nodes, ${t.relationships.length} relationships (templates for the synthetic ones).`);

    const normal = idsByLabel(t, Math.min(2000, Math.max(0, sizes[0]! - real))).get('Person')?.[0] ?? 'person/aslam-farooqi';
    const shapes = shapesFor(normal);
    console.log(`Ordinary node for the per-node shapes: ${normal}.`);
    const results: { size: number; timings: Map<string, Timing> }[] = [];
    let [nodesDone, relsDone] = [0, 0];
    for (const size of sizes) {
      try {
        await stage(size);
      } catch (e) {
        if (!(e instanceof StageTimeout)) throw e;
        console.log(`\n${e.message}: the table above is the last complete one.`);
        break;
      }
    }
    async function stage(size: number) {
      const nodeTarget = Math.max(0, size - real);
      const relTarget = Math.round(nodeTarget * RELATIONSHIPS_PER_NODE);
      const began = performance.now();
      if (nodesDone === 0 && nodeTarget > 0) {
        // Per-row statements for comparison: 500 nodes one MERGE each (the batches below re-set them, harmlessly).
        const sample = [...nodeRows(t, 0, Math.min(500, nodeTarget), 500)];
        const t0 = performance.now();
        let n = 0;
        for (const b of sample) {
          for (const row of b.rows) {
            await db.write(cypher('load/nodes'), { label: b.label, rows: [row] });
            n++;
          }
        }
        console.log(`Per-row statements: ${(n / since(t0)).toFixed(0)} nodes/s (${n} nodes).`);
      }
      const rate = async (what: string, gen: Iterable<{ rows: unknown[] }>, write: (b: never) => Promise<unknown>, total: number) => {
        const t0 = performance.now();
        let done = 0;
        let shown = 0;
        for (const b of gen) {
          if (since(began) > stageSeconds) throw new StageTimeout(`stage ${size}: loading ran past BENCH_STAGE_SECONDS=${stageSeconds}`);
          await write(b as never);
          done += b.rows.length;
          if (done - shown >= total / 10 || done === total) {
            shown = done;
            console.log(`  ${what}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (${(done / since(t0)).toFixed(0)}/s)`);
          }
        }
        return done / Math.max(since(t0), 1e-3);
      };
      console.log(
        `\nStage ${size.toLocaleString('en')} nodes: adding ${(nodeTarget - nodesDone).toLocaleString('en')} nodes, ${(relTarget - relsDone).toLocaleString('en')} relationships…`,
      );
      const nodeRate = await rate(
        'nodes',
        nodeRows(t, nodesDone, nodeTarget, BATCH),
        (b: { label: string; rows: unknown[] }) => db.write(cypher('load/nodes'), b),
        nodeTarget - nodesDone,
      );
      const ids = idsByLabel(t, nodeTarget);
      const relRate = await rate(
        'relationships',
        relationshipRows(t, ids, relsDone, relTarget, BATCH),
        (b: { type: string; rows: unknown[] }) => db.write(cypher('load/relationships'), b),
        relTarget - relsDone,
      );
      [nodesDone, relsDone] = [nodeTarget, relTarget];
      console.log(
        `  loaded in ${since(began).toFixed(0)} s: ${nodeRate.toFixed(0)} nodes/s, ${relRate.toFixed(0)} relationships/s by ${BATCH}-row UNWIND batches.`,
      );
      const counts = await db.read('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
      const hub = await db.read('MATCH (:Entity {id: "group/iskp"})-[r]-() RETURN count(r) AS degree');
      console.log(
        `  graph: ${Number(counts.records[0]!.get('nodes')).toLocaleString('en')} nodes, ${Number(counts.records[0]!.get('rels')).toLocaleString('en')} relationships; ISKP has ${Number(hub.records[0]!.get('degree')).toLocaleString('en')}.`,
      );
      console.log(`  measuring ${shapes.length} shapes × ${runs} runs, interleaved…`);
      results.push({ size, timings: await measure(db, shapes) });
      // After every stage, so a later stage that runs out of time (or memory) leaves the earlier ones on record.
      printTable(results, shapes);
    }

    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    console.log(`\nAPI process memory: rss ${mb(process.memoryUsage().rss)}, heap used ${mb(process.memoryUsage().heapUsed)}.`);
  } finally {
    await db.close();
    if (process.env.BENCH_KEEP_NEO4J !== 'true') await stop(config, (l) => console.log(`[neo4j] ${l}`));
  }
}

main().catch(exitOnError);
