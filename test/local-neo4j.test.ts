// The built-in server's housekeeping: generated config, stale pid files, and a clear error for a taken port.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePorts } from './free-ports.js';
import { loadConfig } from '../src/config/config.js';
import { LocalNeo4jError } from '../src/local-neo4j/errors.js';
import { neo4jConf } from '../src/local-neo4j/neo4j-conf.js';
import { localPaths } from '../src/local-neo4j/paths.js';
import { LEGACY_PASSWORD } from '../src/local-neo4j/password.js';
import { javaMajorVersion } from '../src/local-neo4j/prerequisites.js';
import { runningPid, start, status, stop } from '../src/local-neo4j/server.js';
import { createDatabase } from '../src/db/driver.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'neo4j-home-'));
// Ports the OS says are free, not fixed ones: two worktrees running this file at once must not collide.
const [bolt, http] = await freePorts(2);
const config = loadConfig({ NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(bolt), NEO4J_HTTP_PORT: String(http), NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '256m' });
// Whatever failed, the server this file started must not outlive it (a 1 GB Java process whose home is gone).
afterAll(async () => {
  try {
    await stop(config, () => {});
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

// Only where Java is installed: elsewhere the project uses Docker or NEO4J_URI, and these would test nothing used.
const hasJava = spawnSync('java', ['-version']).status === 0;

describe.skipIf(!hasJava)('built-in Neo4j', () => {
  it('finds Java 17 or newer', () => {
    expect(javaMajorVersion()).toBeGreaterThanOrEqual(17);
  });

  it('generates a neo4j.conf with our ports, loopback only, auth on and the page cache asked for', () => {
    const conf = neo4jConf(config, localPaths(config));
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${bolt}`);
    expect(conf).toContain(`server.http.listen_address=127.0.0.1:${http}`);
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('server.memory.pagecache.size=256m');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('client.allow_telemetry=false');
    expect(conf).toContain(`server.directories.data=${path.join(home, 'data')}`);
  });

  it('ignores and removes a stale pid file', () => {
    const paths = localPaths(config);
    mkdirSync(paths.home, { recursive: true });
    writeFileSync(paths.pidFile, `${process.pid}\n`); // alive, but not a Neo4j
    expect(runningPid(paths)).toBeUndefined();
    expect(existsSync(paths.pidFile)).toBe(false);
    writeFileSync(paths.pidFile, '999999999\n'); // no such process
    expect(runningPid(paths)).toBeUndefined();
    expect(existsSync(paths.pidFile)).toBe(false);
  });

  it('refuses a taken port with a message that says what to do', async () => {
    const squatter = net.createServer().listen(bolt, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    try {
      const attempt = start(config, () => {});
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(start(config, () => {})).rejects.toThrow(new RegExp(`Port ${bolt} on 127\\.0\\.0\\.1 is taken by another process.*NEO4J_BOLT_PORT`));
    } finally {
      squatter.close();
    }
  });

  it('starts, starts again without harm, answers, and stops cleanly', { timeout: 600_000 }, async () => {
    const log: string[] = [];
    const first = await start(config, (l) => log.push(l));
    expect(first.running).toBe(true);
    const again = await start(config, (l) => log.push(l));
    expect(again.pid).toBe(first.pid);
    expect(log.join('\n')).toMatch(/already running/);
    const db = createDatabase(config);
    try {
      expect((await db.health()).version).toMatch(/^5\.26\./);
      // The server accepted our telemetry settings (strict validation) and reports them.
      const settings = await db.driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['dbms.usage_report.enabled', 'client.allow_telemetry'] RETURN collect(name + '=' + value) AS s",
        {},
        { database: 'system' },
      );
      expect([...(settings.records[0]!.get('s') as string[])].sort()).toEqual(['client.allow_telemetry=false', 'dbms.usage_report.enabled=false']);
      // A page from another origin: its browser sends a preflight for the write and must not be allowed to.
      const txUrl = `http://127.0.0.1:${http}/db/neo4j/tx/commit`;
      const preflight = await fetch(txUrl, {
        method: 'OPTIONS',
        headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      const allowed = preflight.headers.get('access-control-allow-origin');
      expect(allowed === '*' || allowed === 'http://evil.example').toBe(false);
      expect(allowed).toBe(`http://127.0.0.1:${http}`);
      // A page cannot know the random password, and the old fixed one no longer opens anything.
      expect(config.NEO4J_PASSWORD).not.toBe(LEGACY_PASSWORD);
      const write = { statements: [{ statement: 'CREATE (:CrossOrigin)' }] };
      for (const authorization of [undefined, `Basic ${Buffer.from(`neo4j:${LEGACY_PASSWORD}`).toString('base64')}`]) {
        const res = await fetch(txUrl, {
          method: 'POST',
          headers: { origin: 'http://evil.example', 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(write),
        });
        expect(res.status).toBe(401);
      }
      const created = await db.driver.executeQuery('MATCH (n:CrossOrigin) RETURN count(n) AS n');
      expect(Number(created.records[0]!.get('n'))).toBe(0);
    } finally {
      await db.close();
      await stop(config, () => {});
    }
    expect((await status(config)).running).toBe(false);
    expect(existsSync(localPaths(config).pidFile)).toBe(false);
  });

  it('replaces the old fixed password of a home made before passwords were generated', { timeout: 600_000 }, async () => {
    const file = config.passwordFile!;
    await start(config, () => {});
    const db = createDatabase(config);
    try {
      await db.driver.executeQuery(
        'ALTER CURRENT USER SET PASSWORD FROM $old TO $next',
        { old: config.NEO4J_PASSWORD, next: LEGACY_PASSWORD },
        { database: 'system' },
      );
    } finally {
      await db.close();
      await stop(config, () => {});
    }
    rmSync(file);
    const legacy = loadConfig({
      NEO4J_HOME_DIR: home,
      NEO4J_BOLT_PORT: String(bolt),
      NEO4J_HTTP_PORT: String(http),
      NEO4J_HEAP: '1g',
      NEO4J_PAGECACHE: '256m',
    });
    expect(legacy.NEO4J_PASSWORD).toBe(LEGACY_PASSWORD);
    const log: string[] = [];
    try {
      await start(legacy, (l) => log.push(l));
      expect(log.join('\n')).toContain(`Replaced the old fixed Neo4j password with a random one, kept in ${file}.`);
      expect(legacy.NEO4J_PASSWORD).not.toBe(LEGACY_PASSWORD);
      expect(readFileSync(file, 'utf8').trim()).toBe(legacy.NEO4J_PASSWORD);
      const renewed = createDatabase(legacy);
      try {
        expect((await renewed.health()).version).toMatch(/^5\.26\./);
      } finally {
        await renewed.close();
      }
    } finally {
      await stop(legacy, () => {});
    }
  });
});
