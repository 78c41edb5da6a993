// Java and Maven checks, and fetching the Neo4j jars from Maven Central.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LocalPaths } from './paths.js';
import { LocalNeo4jError } from './errors.js';

export function javaMajorVersion(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jError(
      'No Java found on PATH. The built-in Neo4j needs Java 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`), ' +
        'or point NEO4J_URI at an existing Neo4j 5.26 server.',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : NaN;
  if (!(major >= 17)) {
    throw new LocalNeo4jError(`Java ${m?.[1] ?? '?'} found, but Neo4j 5.26 needs Java 17 or 21.`);
  }
  return major;
}

function requireMaven(): void {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jError(
      'No Maven (`mvn`) found on PATH. It fetches Neo4j from Maven Central on first start ' +
        '(e.g. `apt-get install maven`), or point NEO4J_URI at an existing Neo4j 5.26 server.',
    );
  }
}

const pomHash = (paths: LocalPaths) => createHash('sha256').update(readFileSync(paths.pom)).digest('hex');

export function jarsPresent(paths: LocalPaths): boolean {
  return existsSync(paths.libStamp) && readFileSync(paths.libStamp, 'utf8').trim() === pomHash(paths);
}

/** Downloads the jars the pom pins into neo4j/lib, once per pom version. */
export function fetchJars(paths: LocalPaths, log: (line: string) => void): void {
  if (jarsPresent(paths)) return;
  requireMaven();
  log('Fetching Neo4j from Maven Central (first run only, ~140 MB)…');
  const started = Date.now();
  const r = spawnSync('mvn', ['-B', '-q', '-f', paths.pom, 'dependency:copy-dependencies'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    const tail = (r.stdout + r.stderr).split('\n').slice(-20).join('\n');
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars (exit ${r.status}):\n${tail}`);
  }
  writeFileSync(paths.libStamp, pomHash(paths) + '\n');
  log(`Fetched Neo4j jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
