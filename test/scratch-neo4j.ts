// A second built-in Neo4j with its own home and free ports, for the export tests that need a fresh database
// (neo4j-admin import writes an offline store; the Cypher script must load into an empty one).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { loadConfig, type Config } from '../src/config/config.js';
import { createDatabase, type Database } from '../src/db/driver.js';
import { neo4jConf } from '../src/local-neo4j/neo4j-conf.js';
import { localPaths } from '../src/local-neo4j/paths.js';
import { start, stop } from '../src/local-neo4j/server.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Scratch {
  config: Config;
  /** Runs `neo4j-admin database import full neo4j` (offline, before start) with these arguments. */
  adminImport(args: string[]): { status: number | null; output: string };
  start(): Promise<Database>;
  stop(): Promise<void>;
}

export async function scratchNeo4j(): Promise<Scratch> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_HOME_DIR: '.neo4j-export-check',
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    NEO4J_TX_TIMEOUT_MS: '60000',
  });
  const paths = localPaths(config);
  rmSync(paths.home, { recursive: true, force: true });
  for (const dir of [paths.conf, paths.data, paths.logs]) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), neo4jConf(config, paths));
  let db: Database | undefined;
  return {
    config,
    adminImport(args) {
      const r = spawnSync(
        'java',
        [
          '-Xmx512m',
          // Java 17 reads files in the locale's charset: without this, under a POSIX locale the CSV's UTF-8 arrives
          // as ASCII (seen on CI: a curly apostrophe in a quote became three replacement characters).
          '-Dfile.encoding=UTF-8',
          '-cp',
          `${paths.lib}/*`,
          'org.neo4j.cli.AdminTool',
          'database',
          'import',
          'full',
          'neo4j',
          '--overwrite-destination',
          `--report-file=${paths.logs}/import.report`,
          ...args,
        ],
        {
          env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      return { status: r.status, output: r.stdout + r.stderr };
    },
    async start() {
      await start(config, () => {});
      db = createDatabase(config);
      return db;
    },
    async stop() {
      await db?.close();
      await stop(config, () => {});
      rmSync(paths.home, { recursive: true, force: true });
    },
  };
}
