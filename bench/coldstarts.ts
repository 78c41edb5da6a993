// `npm run coldstarts`: COLDSTARTS (default 5) first `npm start`s in a row, each on a fresh data folder, timed from
// launch until /ready answers 200; then SIGTERM to the API and `neo4j:stop` for that folder (issue 8, item 11).
// Runs build/cli/start.js, which is what `npm start` runs after its build step (built once, before the first run).
// Uses NEO4J_BOLT_PORT / NEO4J_HTTP_PORT / PORT from the environment; homes under .neo4j-coldstarts/ (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { stop } from '../src/local-neo4j/server.js';

const RUNS = Number(process.env.COLDSTARTS ?? 5);
const LIMIT_MS = 300_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  ok: boolean;
  readyMs: number;
  neo4jUp?: string;
  note?: string;
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

async function once(i: number): Promise<Run> {
  const home = path.join('.neo4j-coldstarts', `run-${i}`);
  rmSync(path.resolve(projectRoot, home), { recursive: true, force: true });
  const env = { ...process.env, NEO4J_URI: '', NEO4J_HOME_DIR: home, LOG_FORMAT: 'json' };
  const config = loadConfig(env);
  const url = `http://127.0.0.1:${config.PORT}/ready`;
  if (await ready(url)) throw new Error(`Something already answers ${url}; stop it first.`);
  const started = performance.now();
  const child = spawn(process.execPath, ['build/cli/start.js'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  let run: Run;
  try {
    while (performance.now() - started < LIMIT_MS && exited === undefined && !(await ready(url))) await sleep(100);
    const readyMs = performance.now() - started;
    const neo4jUp = /Neo4j is up after ([\d.]+ s)/.exec(output)?.[1];
    if (exited !== undefined) run = { ok: false, readyMs, neo4jUp, note: `exited ${exited}: ${output.trim().split('\n').slice(-3).join(' | ')}` };
    else if (readyMs >= LIMIT_MS) run = { ok: false, readyMs, neo4jUp, note: `no 200 from /ready within ${LIMIT_MS / 1000} s` };
    else run = { ok: true, readyMs, neo4jUp };
  } finally {
    if (exited === undefined) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await stop(config, () => {});
    rmSync(path.resolve(projectRoot, home), { recursive: true, force: true });
  }
  return run;
}

async function main() {
  console.log(`Building once (npm start's prestart step)…`);
  if (spawnSync('npm', ['run', '-s', 'build'], { cwd: projectRoot, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const load = os.loadavg()[0]!.toFixed(2);
    const r = await once(i);
    runs.push(r);
    console.log(
      `run ${i}: ${r.ok ? 'ready' : 'FAILED'} after ${(r.readyMs / 1000).toFixed(1)} s` +
        ` (Neo4j up after ${r.neo4jUp ?? '?'}; load average ${load} at launch)${r.note ? ` — ${r.note}` : ''}`,
    );
  }
  const ok = runs.filter((r) => r.ok);
  const times = ok.map((r) => r.readyMs / 1000).sort((a, b) => a - b);
  console.log(
    `${ok.length} of ${RUNS} cold starts reached /ready 200` +
      (times.length ? `; min ${times[0]!.toFixed(1)} s, median ${times[Math.floor(times.length / 2)]!.toFixed(1)} s, max ${times.at(-1)!.toFixed(1)} s` : '') +
      `; load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (${os.cpus().length} cores).`,
  );
  process.exitCode = ok.length === RUNS ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
