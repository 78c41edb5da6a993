// Scale-out: over a neo4j:// routing URI every API read runs as a READ transaction, which a cluster or Aura
// routes to its readers (secondaries). Observed on the real driver talking to the real Neo4j; nothing is mocked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/db/driver.js';
import { createApi } from '../src/graphql/yoga.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { testConfig, testDatabase } from './helpers.js';

const routedConfig = testConfig({ NEO4J_URI: testConfig().boltUri.replace(/^bolt:/, 'neo4j:') });
const routed = createDatabase(routedConfig);
const direct = testDatabase();
afterAll(async () => {
  await routed.close();
  await direct.close();
});

/** Records the access mode of every unit of work the driver is asked for (executeQuery, sessions). */
function recordModes(driver: Driver): string[] {
  const modes: string[] = [];
  const executeQuery = driver.executeQuery.bind(driver);
  driver.executeQuery = ((query: string, params?: unknown, config?: { routing?: string }) => {
    modes.push(`executeQuery:${config?.routing ?? 'WRITE'}`); // the driver's default routing is WRITE
    return executeQuery(query as never, params as never, config as never);
  }) as Driver['executeQuery'];
  const session = driver.session.bind(driver);
  driver.session = ((config?: { defaultAccessMode?: string }) => {
    const s = session(config as never);
    const mode = config?.defaultAccessMode ?? neo4j.session.WRITE;
    const { executeRead, executeWrite, run } = s;
    s.executeRead = ((work: never, c: never) => (modes.push(`executeRead:${mode}`), executeRead.call(s, work, c))) as typeof s.executeRead;
    s.executeWrite = ((work: never, c: never) => (modes.push(`executeWrite:${mode}`), executeWrite.call(s, work, c))) as typeof s.executeWrite;
    s.run = ((q: never, p: never, c: never) => (modes.push(`run:${mode}`), run.call(s, q, p, c))) as typeof s.run;
    return s;
  }) as Driver['session'];
  return modes;
}

describe('reads over neo4j:// routing', () => {
  it('runs every analyst question as READ work only', async () => {
    expect(routedConfig.boltUri).toMatch(/^neo4j:\/\//);
    const modes = recordModes(routed.driver);
    const api = createApi(routed);
    const doc = readFileSync(path.join(projectRoot, 'docs', 'analyst-questions.graphql'), 'utf8');
    const operations = [...doc.matchAll(/^query (\w+)/gm)].map((m) => m[1]!);
    expect(operations.length).toBeGreaterThanOrEqual(6);
    for (const operationName of operations) {
      const res = await api.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: doc, operationName }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors, operationName).toBeUndefined();
    }
    expect(modes.length).toBeGreaterThan(operations.length);
    expect(modes.filter((m) => !/:READ$/.test(m))).toEqual([]);
  });

  it('refuses a write sent through the read path (Neo4j enforces READ access mode), and nothing is written', async () => {
    const before = await direct.read('MATCH (n:RoutingProbe) RETURN count(n) AS n');
    expect(before.records[0]!.get('n')).toBe(0);
    await expect(routed.read('CREATE (:RoutingProbe {at: datetime()})')).rejects.toMatchObject({
      message: expect.stringMatching(/read access mode|AccessMode/i),
    });
    const after = await direct.read('MATCH (n:RoutingProbe) RETURN count(n) AS n');
    expect(after.records[0]!.get('n')).toBe(0);
  });
  it("shares one bookmark manager between writes and reads, so a read after this process's write waits for it", async () => {
    const manager = routed.driver.executeQueryBookmarkManager;
    const before = new Set(await manager.getBookmarks());
    // Two writes that leave nothing behind (the graph must stay equal to the seed): a probe created, then deleted.
    // Created and deleted in one transaction, it changes nothing, so Neo4j commits nothing and gives no new bookmark.
    await routed.write('CREATE (:RoutingProbe)');
    await routed.write('MATCH (p:RoutingProbe) DELETE p');
    const after = [...(await manager.getBookmarks())];
    expect(after.some((b) => !before.has(b))).toBe(true);
    // The next read sends those bookmarks (Neo4j waits until it has caught up to them) and answers as usual.
    const r = await routed.read('MATCH (n:RoutingProbe) RETURN count(n) AS n');
    expect(r.records[0]!.get('n')).toBe(0);
  });
});
