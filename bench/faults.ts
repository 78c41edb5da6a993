// `npm run faults`: stops, freezes (SIGSTOP/SIGCONT) and restarts a built-in Neo4j of its own while readers
// run through the API, and prints time-to-error and time-to-recovery against issue 8's goals:
// SERVICE_UNAVAILABLE within 1 s while Neo4j is down, a correct answer within 3 s of Neo4j answering again.
// Its Neo4j lives in FAULTS_HOME (default .neo4j-faults, git-ignored) on free loopback ports; bounded in time.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { exitOnError } from '../src/cli/connect.js';
import { loadConfig } from '../src/config/config.js';
import { createDatabase } from '../src/db/driver.js';
import { start, status, stop } from '../src/local-neo4j/server.js';
import { loadGraph } from '../src/seed/load.js';
import { prepareSeed } from '../src/seed/prepare.js';
import { startServer } from '../src/server.js';
import { freePorts } from '../test/free-ports.js';

const READERS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  sent: number;
  done: number;
  code: string;
}

async function main() {
  const [bolt, http] = await freePorts(2);
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_HOME_DIR: process.env.FAULTS_HOME ?? '.neo4j-faults',
    NEO4J_BOLT_PORT: String(bolt),
    NEO4J_HTTP_PORT: String(http),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  });
  const log = (line: string) => console.log(`  ${line}`);
  console.log(`Starting a separate Neo4j in ${config.NEO4J_HOME_DIR} on bolt ${bolt} / http ${http}…`);
  await start(config, log);
  const db = createDatabase(config);
  const server = await startServer({ ...config, PORT: 0 }, db);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const answers: Answer[] = [];
  let running = true;
  try {
    await loadGraph(db, prepareSeed(config.SEED_DIR, config.SOURCES_DIR).seed, { reset: true, log: () => {} });
    const reader = async () => {
      while (running) {
        const sent = performance.now();
        let code: string;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{ entity(id: \\"group/iskp\\") { id name } }"}',
            signal: AbortSignal.timeout(60_000),
          });
          const body = (await res.json()) as { data?: { entity?: { id: string } }; errors?: { extensions?: { code?: string } }[] };
          code = body.data?.entity?.id === 'group/iskp' ? 'OK' : (body.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`);
        } catch {
          code = 'NO_ANSWER';
        }
        answers.push({ sent, done: performance.now(), code });
        await sleep(50);
      }
    };
    const readers = Array.from({ length: READERS }, reader);
    const pid = async () => (await status(config)).pid!;

    /**
     * While Neo4j is out (from `from`): how long error answers took; after `back`: when the first OK came.
     * Waits (up to 15 s) for that first OK before printing: measured at `back` itself, no answer sent after it had come yet.
     */
    const report = async (name: string, from: number, back: number, backLabel: string) => {
      const firstOkAfter = () => answers.find((a) => a.sent >= back && a.code === 'OK');
      for (const until = performance.now() + 15_000; !firstOkAfter() && performance.now() < until;) await sleep(100);
      const during = answers.filter((a) => a.sent >= from + 200 && a.sent < back);
      const errors = during.filter((a) => a.code !== 'OK');
      const times = errors.map((a) => a.done - a.sent).sort((x, y) => x - y);
      const worst = times.at(-1) ?? 0;
      const pct = (p: number) => ((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) / 1000).toFixed(2);
      const withinGoal = times.length ? Math.round((100 * times.filter((t) => t <= 1000).length) / times.length) : 100;
      const firstOk = firstOkAfter();
      const recovery = firstOk ? firstOk.done - back : Infinity;
      const codes = [...new Set(errors.map((a) => a.code))].join(', ') || '-';
      console.log(
        `${name.padEnd(9)} ${String(during.length).padStart(5)} answers while out, codes ${codes}; error answers median ${pct(0.5)} s, ` +
          `p95 ${pct(0.95)} s, ${withinGoal} % within 1 s, slowest ${(worst / 1000).toFixed(2)} s ` +
          `(goal ≤ 1 s${name === 'freeze' ? '; a frozen server is cut by the read deadline, ' + config.api.deadlineMs + ' ms' : ''}); ` +
          `first correct answer ${(recovery / 1000).toFixed(2)} s after ${backLabel} (goal ≤ 3 s)`,
      );
    };

    await sleep(3000);
    console.log(`stop: graceful stop, 8 s down, start (load average ${os.loadavg()[0]!.toFixed(2)}, ${os.cpus().length} cores)`);
    await stop(config, log);
    const down = performance.now();
    await sleep(8000);
    await start(config, log);
    await report('stop', down, performance.now(), 'Bolt answered');

    await sleep(3000);
    console.log('freeze: SIGSTOP for 10 s, then SIGCONT');
    const frozenPid = await pid();
    let t = performance.now();
    process.kill(frozenPid, 'SIGSTOP');
    await sleep(10_000);
    process.kill(frozenPid, 'SIGCONT');
    await report('freeze', t, performance.now(), 'SIGCONT');

    await sleep(3000);
    console.log('restart: stop and start at once');
    await stop(config, log);
    t = performance.now();
    await start(config, log);
    await report('restart', t, performance.now(), 'Bolt answered');
    await sleep(4000);

    running = false;
    await Promise.all(readers);
    console.log(`${answers.length} answers from ${READERS} readers.`);
  } finally {
    running = false;
    await new Promise((r) => server.close(r));
    await db.close();
    const s = await status(config);
    if (s.pid) {
      try {
        process.kill(s.pid, 'SIGCONT');
      } catch {
        /* already gone */
      }
    }
    await stop(config, () => {});
  }
}

main().then(() => process.exit(0), exitOnError);
