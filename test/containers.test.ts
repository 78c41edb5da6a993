// The container files, checked without a Docker engine: the Dockerfile by a linter (dockerfile-utils) and by its
// structure, docker-compose.yml by Debian's `docker-compose config`, the entry point by running it, and the compiled
// JavaScript the image runs by running it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';

const dockerfile = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
// Instructions with their continuation lines joined, comments dropped.
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((l) => l.trim() && !l.trim().startsWith('#'));
const stages = instructions.reduce<string[][]>((all, line) => (line.startsWith('FROM ') ? [...all, [line]] : (all.at(-1)?.push(line), all)), []);
const runtime = stages.at(-1)!;

describe('Dockerfile', () => {
  it('passes the dockerfile-utils linter with no finding', () => {
    expect(validate(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds in stages and ships compiled JavaScript with production dependencies only', () => {
    expect(stages.map((s) => s[0]!.split(/\s+AS\s+/i)[1])).toEqual(['build', 'deps', 'runtime']);
    expect(stages[0]!.join('\n')).toMatch(/RUN npm run build/);
    expect(stages[1]!.join('\n')).toMatch(/RUN npm ci --omit=dev/);
    expect(runtime).toContain('COPY --from=deps /app/node_modules ./node_modules');
    expect(runtime).toContain('COPY --from=build /app/build ./build');
    expect(runtime.join('\n')).not.toMatch(/npm (ci|install)|COPY src /);
    expect(runtime.find((l) => l.startsWith('CMD '))).toBe('CMD ["node", "build/cli/start.js"]');
  });

  it('runs as an unprivileged user with a healthcheck on /ready', () => {
    const user = runtime.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBe('USER node');
    expect(runtime.find((l) => l.startsWith('HEALTHCHECK '))).toMatch(/\/ready'\)/);
  });

  it('copies only files that exist, and every folder the API reads at run time', () => {
    const copied = runtime.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.replace(/--\S+/g, '').split(/\s+/).slice(1, -1));
    for (const file of copied) expect(existsSync(path.join(projectRoot, file)), file).toBe(true);
    // What src/ opens below projectRoot: schema, Cypher, seed, guide, GraphiQL's default document.
    expect(copied).toEqual(expect.arrayContaining(['schema.graphql', 'cypher', 'seed', 'guide', 'docs/analyst-questions.graphql']));
  });
});

describe('compiled JavaScript (what the image runs)', () => {
  it('npm run build compiles src/ to build/, and the compiled CLIs run', { timeout: 120_000 }, () => {
    const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, encoding: 'utf8', timeout: 110_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const help = spawnSync(process.execPath, ['build/cli/start.js', '--help'], { cwd: projectRoot, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm start/);
    // The seed check reads seed/ and the sources through projectRoot: proves the compiled paths resolve.
    const check = spawnSync(process.execPath, ['build/cli/seed.js', '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'never-used-1' },
    });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^Seed is valid: \d+ records/);
  });
});

describe('docker/entrypoint.sh', () => {
  const run = (sourcesDir: string) =>
    spawnSync('sh', [path.join(projectRoot, 'docker', 'entrypoint.sh'), 'echo', 'started'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, SOURCES_DIR: sourcesDir },
    });

  it('refuses a missing or empty sources folder with a plain message and exit 78 (EX_CONFIG)', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'sources-'));
    try {
      for (const dir of [empty, path.join(empty, 'absent')]) {
        const r = run(dir);
        expect(r.status).toBe(78);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`no source texts in ${dir}`);
        expect(r.stderr).toContain('set SOURCES_DIR');
      }
      writeFileSync(path.join(empty, 'iskp-globalsecurity.txt'), 'text');
      const ok = run(empty);
      expect(ok.status).toBe(0);
      expect(ok.stdout.trim()).toBe('started');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

const hasCompose = spawnSync('docker-compose', ['version'], { timeout: 20_000 }).status === 0;

// CI installs Debian's docker-compose (.ci/run), so there this cannot be skipped; elsewhere it says why it is.
describe.skipIf(!hasCompose && !process.env.CI)('docker-compose.yml (docker-compose config; no engine needed)', () => {
  const compose = (env: Record<string, string>) =>
    spawnSync('docker-compose', ['--project-directory', projectRoot, '-f', path.join(projectRoot, 'docker-compose.yml'), 'config'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env },
    });

  it('is valid, with restart policies, /ready healthcheck, loopback ports from the README variables, read-only sources', () => {
    const r = compose({ NEO4J_PASSWORD: 'compose-test-pass', PORT: '4170', NEO4J_HTTP_PORT: '7771', NEO4J_BOLT_PORT: '7770', SOURCES_DIR: '/srv/texts' });
    expect(r.status, r.stderr).toBe(0);
    const c = parse(r.stdout) as { services: Record<string, any> };
    const { api, neo4j } = c.services;
    expect(api.restart).toBe('unless-stopped');
    expect(neo4j.restart).toBe('unless-stopped');
    expect(api.build.context).toBe(projectRoot);
    expect(api.healthcheck.test.join(' ')).toContain('http://127.0.0.1:4000/ready');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.ports).toEqual(['127.0.0.1:4170:4000/tcp']);
    expect(neo4j.ports).toEqual(['127.0.0.1:7771:7474/tcp', '127.0.0.1:7770:7687/tcp']);
    expect(neo4j.environment.NEO4J_server_bolt_advertised__address).toBe('localhost:7770');
    expect(api.volumes).toEqual([{ type: 'bind', source: '/srv/texts', target: '/sources', read_only: true }]);
    expect(api.environment.SOURCES_DIR).toBe('/sources');
    expect(api.environment.NEO4J_PASSWORD).toBe('compose-test-pass');
    expect(api.stop_grace_period).toBe('30s');
  });

  it('refuses to run without NEO4J_PASSWORD, saying which variable to set', () => {
    const r = compose({});
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('set NEO4J_PASSWORD (8 or more characters)');
  });
});
