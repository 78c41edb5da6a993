// The foundation: a real Neo4j 5.26, both URI schemes, clear config errors, health through the API.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { LEGACY_PASSWORD } from '../src/local-neo4j/password.js';
import { createDatabase } from '../src/db/driver.js';
import { createApi } from '../src/graphql/yoga.js';
import { graphql, testConfig, testDatabase } from './helpers.js';
import { relay } from './tcp-relay.js';

const db = testDatabase();
afterAll(() => db.close());

describe('Neo4j', () => {
  it('runs a Cypher round trip with parameters', async () => {
    const r = await db.write('CREATE (t:RoundTrip {value: $v}) WITH t, t.value * 2 AS doubled DELETE t RETURN doubled', { v: 21 });
    expect(r.records[0]!.get('doubled')).toBe(42);
  });

  it('is Neo4j 5.26', async () => {
    const h = await db.health();
    expect(h.version).toMatch(/^5\.26\.\d+$/);
  });

  it('answers through a neo4j:// routing URI as well as bolt://', async () => {
    const routed = createDatabase(testConfig({ NEO4J_URI: testConfig().boltUri.replace(/^bolt:/, 'neo4j:') }));
    try {
      const r = await routed.read('MATCH (g:Group {id: $id}) RETURN g.name AS name', { id: 'group/iskp' });
      expect(r.records[0]!.get('name')).toContain('Khorasan');
    } finally {
      await routed.close();
    }
  });
});

describe('read timeout', () => {
  it('stops a read past NEO4J_TX_TIMEOUT_MS with QUERY_TIMEOUT instead of hanging', async () => {
    // The client deadline well past the server's limit, so it is Neo4j's own timeout that answers, even on a loaded machine.
    const strict = createDatabase(testConfig({ NEO4J_TX_TIMEOUT_MS: '100', NEO4J_DEADLINE_MS: '8000' }));
    try {
      const started = Date.now();
      const heavy = strict.read('MATCH (a), (b), (c) WHERE a.name + b.name < c.name + a.name RETURN count(*)');
      // Clients get a plain sentence; the limit and the setting's name are the operator's (detail, logged).
      await expect(heavy).rejects.toMatchObject({
        code: 'QUERY_TIMEOUT',
        message: expect.stringMatching(/took too long/),
        detail: expect.stringMatching(/100 ms allowed \(NEO4J_TX_TIMEOUT_MS\)/),
      });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await strict.close();
    }
  });
});

describe('configuration', () => {
  it('names the bad variable in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT must be a number \(got "eighty"\)$/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must look like bolt:\/\//);
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow(/NEO4J_PASSWORD must be at least 8 characters/);
  });

  it('gives a fresh built-in home a random password in a git-ignored file only the user can read', () => {
    const homes = [mkdtempSync(path.join(os.tmpdir(), 'pw-a-')), mkdtempSync(path.join(os.tmpdir(), 'pw-b-'))];
    try {
      const [a, b] = homes.map((home) => loadConfig({ NEO4J_HOME_DIR: home }));
      expect(a!.NEO4J_PASSWORD).not.toBe(LEGACY_PASSWORD);
      expect(a!.NEO4J_PASSWORD).toMatch(/^[A-Za-z0-9]{24}$/);
      expect(a!.NEO4J_PASSWORD).not.toBe(b!.NEO4J_PASSWORD);
      expect(a!.passwordFile).toBe(path.join(homes[0]!, 'password'));
      expect(statSync(a!.passwordFile!).mode & 0o777).toBe(0o600);
      // The same home reads the same password (tests, CLIs and the server agree); NEO4J_PASSWORD still overrides.
      expect(loadConfig({ NEO4J_HOME_DIR: homes[0] }).NEO4J_PASSWORD).toBe(a!.NEO4J_PASSWORD);
      const given = loadConfig({ NEO4J_HOME_DIR: homes[0], NEO4J_PASSWORD: 'chosen-by-me' });
      expect([given.NEO4J_PASSWORD, given.passwordFile]).toEqual(['chosen-by-me', undefined]);
      // A home that already holds a database but no file was made with the old fixed password (start() replaces it).
      mkdirSync(path.join(homes[1]!, 'data', 'databases', 'system'), { recursive: true });
      rmSync(path.join(homes[1]!, 'password'));
      expect(loadConfig({ NEO4J_HOME_DIR: homes[1] }).NEO4J_PASSWORD).toBe(LEGACY_PASSWORD);
      writeFileSync(path.join(homes[1]!, 'password'), 'short\n');
      expect(() => loadConfig({ NEO4J_HOME_DIR: homes[1] })).toThrow(/password must hold a password of 8 or more characters/);
    } finally {
      for (const home of homes) rmSync(home, { recursive: true, force: true });
    }
    // The default home's file is never committed.
    expect(spawnSync('git', ['check-ignore', '-q', '.neo4j/password'], { cwd: projectRoot }).status).toBe(0);
  });

  it('needs NEO4J_PASSWORD for an external NEO4J_URI and uses it as given', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db.example:7687' })).toThrow(/^Invalid configuration: NEO4J_PASSWORD must be set when NEO4J_URI is set/);
    const c = loadConfig({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'their-password' });
    expect([c.NEO4J_PASSWORD, c.passwordFile]).toEqual(['their-password', undefined]);
  });

  it('defaults to the built-in server', () => {
    const c = loadConfig({});
    expect(c.local).toBe(true);
    expect(c.boltUri).toBe('bolt://127.0.0.1:7687');
    expect(c.PORT).toBe(4000);
  });
});

describe('health through GraphQL', () => {
  it('reports the Neo4j version', async () => {
    const api = createApi(db);
    const r = await graphql(api, '{ health { status neo4jVersion } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.health.status).toBe('ok');
    expect(r.data!.health.neo4jVersion).toMatch(/^5\.26\./);
  });

  it('answers SERVICE_UNAVAILABLE while Neo4j is unreachable, and recovers without a restart', async () => {
    const proxy = relay(new URL(testConfig().boltUri.replace(/^bolt/, 'http')));
    const port = await proxy.open(0);
    const viaProxy = createDatabase(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }));
    const api = createApi(viaProxy);
    try {
      expect((await graphql(api, '{ health { status } }')).data!.health.status).toBe('ok');
      await proxy.close();
      const down = await graphql(api, '{ health { status } stats { labels { name } } }');
      expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // No URI to clients (it can hold a password): a code and a plain sentence.
      expect(down.errors?.[0]?.message).toMatch(/^The database is not available right now/);
      expect(down.errors?.[0]?.message).not.toMatch(/bolt:|127\.0\.0\.1/);
      await proxy.open(port);
      const back = await graphql(api, '{ health { status } }');
      expect(back.errors).toBeUndefined();
      expect(back.data!.health.status).toBe('ok');
    } finally {
      await proxy.close();
      await viaProxy.close();
    }
  });
});
