// Start, stop and inspect the Neo4j server this project runs by itself.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { LocalNeo4jError } from './errors.js';
import { neo4jConf } from './neo4j-conf.js';
import { processCommand } from './process-command.js';
import { localPaths, type LocalPaths } from './paths.js';
import { LEGACY_PASSWORD, randomPassword, savePassword } from './password.js';
import { fetchJars, javaMajorVersion } from './prerequisites.js';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
type Log = (line: string) => void;

export interface LocalStatus {
  running: boolean;
  pid?: number;
  boltUri: string;
  browserUrl: string;
}

/** The pid of our server if its process is alive; a stale pid file is removed. */
export function runningPid(paths: LocalPaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (processCommand(pid)?.includes(ENTRY_POINT)) return pid;
  rmSync(paths.pidFile, { force: true });
  return undefined;
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return `(no ${path.basename(file)})`;
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Neo4j only takes an initial password before its first start; set it then (and keep the file that holds it). */
function setInitialPassword(config: Config, paths: LocalPaths): void {
  if (existsSync(path.join(paths.data, 'dbms', 'auth.ini')) || existsSync(path.join(paths.data, 'databases', 'system'))) return;
  // The home may have been emptied since the config was read (a fresh data folder): the password file goes with it.
  if (config.passwordFile && !existsSync(config.passwordFile)) savePassword(config.passwordFile, config.NEO4J_PASSWORD);
  const r = spawnSync('java', ['-cp', `${paths.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', config.NEO4J_PASSWORD], {
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new LocalNeo4jError(`Could not set the initial Neo4j password: ${(r.stdout + r.stderr).trim().split('\n')[0]}`);
}

/**
 * What the server is still waiting for, or undefined once our database is online and answers a query.
 * The API's read timeout is not used here: on a cold start the database may take far longer than one query may.
 */
async function notReadyYet(config: Config): Promise<string | undefined> {
  const driver = neo4j.driver(config.boltUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: 2000,
    logging: undefined,
  });
  try {
    try {
      await driver.verifyAuthentication();
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
        throw new LocalNeo4jError(
          'Neo4j answers but refuses the password. The local database keeps the password it was first started with ' +
            `(NEO4J_PASSWORD, else the one in ${config.passwordFile ?? 'NEO4J_HOME_DIR/password'}); use that one, ` +
            `or delete ${localPaths(config).data} to start afresh.`,
        );
      }
      return `Bolt on ${config.boltUri}`;
    }
    const system = await driver.executeQuery(
      'SHOW DATABASES YIELD name, currentStatus WHERE name = $name RETURN currentStatus',
      { name: config.NEO4J_DATABASE },
      { database: 'system' },
    );
    const current = system.records[0]?.get('currentStatus') as string | undefined;
    if (current !== 'online') return `database "${config.NEO4J_DATABASE}" to be online (now ${current ?? 'not listed'})`;
    await driver.executeQuery('RETURN 1', {}, { database: config.NEO4J_DATABASE });
    return undefined;
  } catch (e) {
    if (e instanceof LocalNeo4jError) throw e;
    return `database "${config.NEO4J_DATABASE}" to answer (${(e as Error).message.split('\n')[0]})`;
  } finally {
    await driver.close();
  }
}

export async function status(config: Config): Promise<LocalStatus> {
  const pid = runningPid(localPaths(config));
  return { running: pid !== undefined, pid, boltUri: config.boltUri, browserUrl: config.browserUrl };
}

/** Starts the server unless it already runs; resolves once Bolt accepts our password. */
export async function start(config: Config, log: Log = console.log): Promise<LocalStatus> {
  const paths = localPaths(config);
  const existing = runningPid(paths);
  if (existing !== undefined) {
    if (await waitForOnline(config, paths, 15_000)) {
      log(`Neo4j is already running (pid ${existing}).`);
      return { running: true, pid: existing, boltUri: config.boltUri, browserUrl: config.browserUrl };
    }
  }
  javaMajorVersion();
  for (const port of [config.NEO4J_BOLT_PORT, config.NEO4J_HTTP_PORT]) {
    if (await portTaken(port)) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is taken by another process. Stop it, choose other ports with ` +
          'NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, or point NEO4J_URI at that server if it is a Neo4j 5.26.',
      );
    }
  }
  fetchJars(paths, log);
  for (const dir of [paths.conf, paths.data, paths.logs]) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), neo4jConf(config, paths));
  setInitialPassword(config, paths);

  const started = Date.now();
  const out = openSync(paths.consoleLog, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${config.NEO4J_HEAP}`,
      `-Xmx${config.NEO4J_HEAP}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${paths.lib}/*`,
      ENTRY_POINT,
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  writeFileSync(paths.pidFile, `${child.pid}\n`);
  log(`Starting Neo4j 5.26 (pid ${child.pid}, heap ${config.NEO4J_HEAP}, page cache ${config.NEO4J_PAGECACHE})…`);

  if (!(await waitForOnline(config, paths, config.NEO4J_START_TIMEOUT_S * 1000, log))) {
    await stop(config, () => {});
    throw new LocalNeo4jError(
      `Neo4j's database "${config.NEO4J_DATABASE}" was not online on ${config.boltUri} within ${config.NEO4J_START_TIMEOUT_S} s ` +
        `(NEO4J_START_TIMEOUT_S). Last lines of its log:\n${tail(path.join(paths.logs, 'neo4j.log'))}\n${tail(paths.consoleLog, 10)}`,
    );
  }
  log(`Neo4j is up after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (config.passwordFile && config.NEO4J_PASSWORD === LEGACY_PASSWORD) await replaceLegacyPassword(config, config.passwordFile, log);
  return { running: true, pid: child.pid, boltUri: config.boltUri, browserUrl: config.browserUrl };
}

/**
 * A home created before passwords were generated still has the old fixed one, printed in old READMEs:
 * change it to a random one. The new password is saved beside the file first, so a failure loses nothing.
 * The config object is updated in place: the caller connects with it next.
 */
async function replaceLegacyPassword(config: Config, file: string, log: Log): Promise<void> {
  const next = randomPassword();
  savePassword(`${file}.pending`, next);
  const driver = neo4j.driver(config.boltUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), { logging: undefined });
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $next', { old: config.NEO4J_PASSWORD, next }, { database: 'system' });
  } finally {
    await driver.close();
  }
  savePassword(file, next);
  rmSync(`${file}.pending`, { force: true });
  config.NEO4J_PASSWORD = next;
  log(`Replaced the old fixed Neo4j password with a random one, kept in ${file}.`);
}

/** Waits, up to its own deadline, until the database itself is online; says what it is waiting for. */
async function waitForOnline(config: Config, paths: LocalPaths, timeoutMs: number, log?: Log): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let lastNote = Date.now();
  while (Date.now() < deadline) {
    if (runningPid(paths) === undefined) {
      throw new LocalNeo4jError(
        `Neo4j exited while starting. Last lines of its logs:\n${tail(path.join(paths.logs, 'neo4j.log'))}\n${tail(paths.consoleLog, 15)}`,
      );
    }
    const waiting = await notReadyYet(config);
    if (waiting === undefined) return true;
    if (log && Date.now() - lastNote > 10_000) {
      log(`  still waiting for ${waiting} (up to ${Math.round((deadline - Date.now()) / 1000)} s more, NEO4J_START_TIMEOUT_S)…`);
      lastNote = Date.now();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Stops our server: SIGTERM, then SIGKILL after 60 s. Stopping a stopped server is fine. */
export async function stop(config: Config, log: Log = console.log): Promise<void> {
  const paths = localPaths(config);
  const pid = runningPid(paths);
  if (pid === undefined) {
    log('Neo4j is not running.');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (runningPid(paths) !== undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (runningPid(paths) !== undefined) process.kill(pid, 'SIGKILL');
  rmSync(paths.pidFile, { force: true });
  log(`Neo4j stopped (pid ${pid}).`);
}
