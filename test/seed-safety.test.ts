// A careless load never loses the graph: a missing seed is refused, a load never deletes much without a flag,
// --reset commits with the load (a SIGKILL at any moment leaves a whole graph), and the graph equals the seed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { loadGraph, loadSeed, PruneRefusedError } from '../src/seed/load.js';
import { prepareSeed } from '../src/seed/prepare.js';
import { SeedValidationError } from '../src/seed/read-seed.js';
import { graphStats } from '../src/seed/stats.js';
import { testConfig, testDatabase } from './helpers.js';

const config = testConfig();
const db = testDatabase();
afterAll(() => db.close());
const { seed } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const cliEnv = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') };

function seedCopy(change: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-safety-'));
  cpSync(path.join(projectRoot, 'seed'), dir, { recursive: true });
  change(dir);
  return dir;
}

describe('a missing or empty seed', () => {
  it('a SEED_DIR that does not exist is refused by the CLI, and the graph keeps every node', async () => {
    const before = await graphStats(db);
    const r = spawnSync(tsx, ['src/cli/seed.ts'], { cwd: projectRoot, env: { ...cliEnv, SEED_DIR: 'no-such-dir' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-dir: \(folder\): does not exist or is not a folder \(check SEED_DIR\)/);
    expect(await graphStats(db)).toEqual(before);
  });

  it('a missing kind file and an empty one are each named', () => {
    const dir = seedCopy((d) => {
      rmSync(path.join(d, 'people.yaml'));
      writeFileSync(path.join(d, 'places.yaml'), '');
    });
    try {
      const e = (() => {
        try {
          prepareSeed(dir, config.SOURCES_DIR);
        } catch (err) {
          return err as Error;
        }
        throw new Error('accepted');
      })();
      expect(e).toBeInstanceOf(SeedValidationError);
      expect(e.message).toContain('seed/people.yaml: (file): is missing; every kind needs its file (Person)');
      expect(e.message).toContain('seed/places.yaml: (file): holds no Place records');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a load that would delete more than 10 % of the nodes is refused and writes nothing; --allow-delete lets it', async () => {
    const before = await graphStats(db);
    // A valid-looking seed that lost most records: only the sources and places remain.
    const shrunk = {
      ...seed,
      nodes: Object.fromEntries(Object.entries(seed.nodes).map(([l, list]) => [l, ['Source', 'Place'].includes(l) ? list : []])),
      relationships: [],
    } as unknown as typeof seed;
    await expect(loadSeed(db, shrunk, () => {})).rejects.toBeInstanceOf(PruneRefusedError);
    await expect(loadSeed(db, shrunk, () => {})).rejects.toThrow(/would delete \d+ of the \d+ nodes.*--allow-delete/);
    expect(await graphStats(db)).toEqual(before);
    const c = await loadSeed(db, shrunk, () => {}, { allowDelete: true });
    expect(c.nodesDeleted).toBeGreaterThan(100);
    await loadSeed(db, seed, () => {});
    expect(await graphStats(db)).toEqual(before);
  });
});

describe('the graph equals the seed', () => {
  it('properties not in the record leave nodes, relationships and casualty reports on the next load', async () => {
    // As if a record once had these properties and they were removed from seed/.
    await db.write(`
      MATCH (p:Entity {id: 'person/aslam-farooqi'}) SET p.fate = 'removed fate', p.note = 'removed note'
      WITH 1 AS one MATCH (:Entity)-[r:LED]->(:Entity) WITH r LIMIT 1 SET r.note = 'removed note'
      WITH 1 AS one MATCH (a:Attack)-[h:HAS_CASUALTY_REPORT]->(c:CasualtyReport) WITH h, c LIMIT 1 SET c.note = 'removed', h.extra = 'removed'`);
    await loadSeed(db, seed, () => {});
    const r = await db.read(`
      CALL () { MATCH (n) WHERE n.note IN ['removed note', 'removed'] OR n.fate = 'removed fate' RETURN count(n) AS c
        UNION ALL MATCH ()-[r]->() WHERE r.note = 'removed note' OR r.extra = 'removed' RETURN count(r) AS c }
      RETURN sum(c) AS left`);
    expect(r.records[0]!.get('left')).toBe(0);
  });
});

/** Waits (bounded) until no transaction but this check's own is open in Neo4j. */
async function untilOnlyThisQueryRuns(deadlineMs = 30_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const r = await db.read(`SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS open`);
    if (Number(r.records[0]!.get('open')) === 0) return;
    if (Date.now() > until) throw new Error(`a killed load's transaction was still open after ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('--reset is atomic', () => {
  it('a SIGKILL of `npm run seed -- --reset` at several moments leaves the whole graph', { timeout: 300_000 }, async () => {
    const before = await graphStats(db);
    const moments: string[] = [];
    // Kill when the CLI says it deleted (the old, non-atomic code had an empty graph there), and at fixed delays.
    for (const when of ['deleted', 'Loading', 300, 1500, 3000] as const) {
      // Node itself with tsx's loader, not the tsx command: that runs the CLI in a child process a SIGKILL cannot
      // reach, which went on loading after the test had moved on (the next test saw a second --reset commit inside
      // its own: fewer deletions than nodes held).
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--reset'], {
        cwd: projectRoot,
        env: cliEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const killed = new Promise<void>((resolve) => {
        const kill = () => {
          if (child.exitCode === null) child.kill('SIGKILL');
          resolve();
        };
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          if (typeof when === 'string' && out.includes(when)) kill();
        });
        if (typeof when === 'number') setTimeout(kill, when);
        child.once('exit', () => resolve());
      });
      await killed;
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
      moments.push(`${when}: exit ${child.exitCode ?? child.signalCode}`);
      // The killed client's transaction lives on in Neo4j until it rolls back (or, killed after sending COMMIT,
      // commits): judge the graph, and let the next load start, only once it has ended.
      await untilOnlyThisQueryRuns();
      expect(await graphStats(db), `killed at ${when}`).toEqual(before);
    }
    expect(moments.some((m) => m.includes('SIGKILL'))).toBe(true);
  });
});

describe('loadGraph', () => {
  it('--reset replaces the graph in one go and keeps the counts', async () => {
    await untilOnlyThisQueryRuns();
    const before = await graphStats(db);
    const held = before.labels.filter((l) => l.name !== 'Entity').reduce((n, l) => n + l.count, 0);
    const c = await loadGraph(db, seed, { reset: true, log: () => {} });
    // Seen on loaded CI machines: fewer deletions than nodes held, while a killed --reset of the test above went on
    // (spawned through the tsx command). The message keeps what is needed to tell why.
    const why = JSON.stringify({ held, counters: c, before: before.labels, after: (await graphStats(db)).labels });
    expect(await graphStats(db), why).toEqual(before);
    expect(c.nodesDeleted, why).toBe(held);
  });
});
