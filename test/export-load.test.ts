// The Cypher seed script and the neo4j-admin CSV load into fresh databases as the same graph `npm run seed` makes:
// equal canonical checksums of every node, relationship and property. One second built-in Neo4j serves both checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generated } from '../src/cli/generate.js';
import { statements } from '../src/db/cypher-files.js';
import type { Database } from '../src/db/driver.js';
import { graphChecksum, graphLines } from '../src/export/checksum.js';
import { readWholeGraph } from '../src/export/read-graph.js';
import { csvFiles, importArguments } from '../src/export/write-csv.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { testDatabase } from './helpers.js';
import { scratchNeo4j, type Scratch } from './scratch-neo4j.js';

const scriptFile = path.join(projectRoot, 'cypher/seed/khorasan.cypher');
const shellLib = path.join(projectRoot, 'neo4j/cypher-shell/lib');

/** cypher-shell from Maven Central (neo4j/cypher-shell/pom.xml); fetched once, like the server's jars. */
function cypherShellAvailable(): boolean {
  if (existsSync(path.join(shellLib, 'cypher-shell-5.26.0.jar'))) return true;
  const r = spawnSync('mvn', ['-q', '-f', path.join(projectRoot, 'neo4j/cypher-shell/pom.xml'), 'dependency:copy-dependencies'], { timeout: 300_000 });
  return r.status === 0;
}

describe('exports that load into a fresh Neo4j', () => {
  let seeded: Database;
  let scratch: Scratch;
  let expected: Awaited<ReturnType<typeof graphChecksum>>;
  let tmp: string;
  let expectedLines: string[];

  /** The lines that differ, so a failure names the node or relationship and property. */
  async function expectSameGraph(db: Database) {
    const got = await graphLines(db);
    const missing = expectedLines
      .filter((l) => !got.includes(l))
      .slice(0, 3)
      .map((l) => l.slice(0, 3000));
    const extra = got
      .filter((l) => !expectedLines.includes(l))
      .slice(0, 3)
      .map((l) => l.slice(0, 3000));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(await graphChecksum(db)).toEqual(expected);
  }

  beforeAll(async () => {
    seeded = testDatabase({ NEO4J_TX_TIMEOUT_MS: '60000' });
    expected = await graphChecksum(seeded);
    expectedLines = await graphLines(seeded);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'khorasan-export-'));
    scratch = await scratchNeo4j();
  });
  afterAll(async () => {
    await scratch?.stop();
    await seeded?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the committed Cypher script is what `npm run generate` writes from seed/ (no drift)', () => {
    expect(readFileSync(scriptFile, 'utf8')).toBe(generated['cypher/seed/khorasan.cypher']());
  });

  it('the CSV imported with neo4j-admin, then the Cypher script loaded with cypher-shell, both equal the seeded graph', async () => {
    const started = Date.now();
    const files = csvFiles(await readWholeGraph(seeded));
    for (const [name, text] of files) writeFileSync(path.join(tmp, name), text);
    const imported = scratch.adminImport(importArguments(files.keys(), tmp));
    expect(imported.status, imported.output).toBe(0);
    const db = await scratch.start();
    for (const s of statements(files.get('post-import.cypher')!)) await db.write(s);
    console.log(`[export-load] imported and started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await expectSameGraph(db);

    // Empty the database (the import made no schema), then load the script as a user would.
    await db.write('MATCH (n) DETACH DELETE n');
    expect((await graphChecksum(db)).nodes).toBe(0);
    if (cypherShellAvailable()) {
      const r = spawnSync(
        'java',
        [
          '-Dfile.encoding=UTF-8',
          '-cp',
          `${shellLib}/*`,
          'org.neo4j.shell.Main',
          '-a',
          scratch.config.boltUri,
          '-u',
          'neo4j',
          '-p',
          scratch.config.NEO4J_PASSWORD,
          '--fail-fast',
          '-f',
          scriptFile,
        ],
        { encoding: 'utf8', timeout: 300_000 },
      );
      expect(r.status, r.stdout + r.stderr).toBe(0);
    } else {
      // No Maven Central: load statement by statement through the driver (each ends with `;` at a line's end).
      for (const s of statements(readFileSync(scriptFile, 'utf8'))) await db.write(s);
    }
    await expectSameGraph(db);
    console.log(`[export-load] import and script checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0]!.get('names')).toContain('Entity_id');
  }, 600_000);
});
