// The command line speaks to people: expected failures are one clear message and a non-zero exit, no stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';

function run(script: string, args: string[], env: Record<string, string>) {
  // An external NEO4J_URI needs its password; these tests point at nothing, so any will do.
  const password = env.NEO4J_URI ? { NEO4J_PASSWORD: 'never-used-1' } : {};
  const r = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'src', 'cli', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...password, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stackFrame = /\n\s+at .+:\d+:\d+/;

describe('seed CLI', () => {
  it('needs NEO4J_PASSWORD with an external NEO4J_URI (the generated one is only for the built-in server)', () => {
    const r = run('seed.ts', ['--check'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: '' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Invalid configuration: NEO4J_PASSWORD must be set when NEO4J_URI is set/);
  });

  it('says plainly when Neo4j is down', () => {
    const r = run('seed.ts', [], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('Neo4j is not reachable at bolt://127.0.0.1:1 (ServiceUnavailable). Check NEO4J_URI and that the server is up.');
    expect(r.stderr).not.toMatch(stackFrame);
  });

  it('seed:check fails when it cannot verify a quote, and says where the texts go', () => {
    const r = run('seed.ts', ['--check'], { SOURCES_DIR: '/no/such/sources', NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'Cannot verify the quotes: the text of source/globalsecurity-iskp (/no/such/sources/iskp-globalsecurity.txt) is absent. ' +
        'Put the source texts in /no/such/sources (SOURCES_DIR) and run again; nothing was written.',
    );
  });

  it('names the bad variable', () => {
    const r = run('seed.ts', ['--check'], { NEO4J_DATABASE: '-bad-' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('Invalid configuration: NEO4J_DATABASE must be a valid Neo4j database name (got "-bad-")');
  });

  it('lists every bad record of an invalid seed, with file, record and field, and writes nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
    try {
      cpSync(path.join(projectRoot, 'seed'), dir, { recursive: true });
      const file = path.join(dir, 'events.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s*)date: .*$/m, '$1date: 2020-02-31'));
      // NEO4J_URI points nowhere: validation must fail before any connection is tried.
      const r = run('seed.ts', [], { SEED_DIR: dir, NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /^The seed is invalid \(1 problem\); nothing was written:\n {2}- seed\/events\.yaml: record event\/[a-z0-9-]+: date: must be a real date/,
      );
      expect(r.stderr).not.toMatch(stackFrame);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--help and exit codes', () => {
  it.each(['start.ts', 'serve.ts', 'seed.ts', 'neo4j.ts', 'generate.ts'])('%s --help prints usage and exit codes, exits 0, does nothing', (script) => {
    // NEO4J_URI points nowhere: --help must answer before any connection or file write is tried.
    const r = run(script, ['--help'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm /);
    expect(r.stdout).toMatch(/Exit codes: 0 done, 1 failed \(the message says why\), 2 bad command line\./);
    expect(r.stdout).not.toMatch(/^(wrote |Neo4j is |Connected to |Starting Neo4j|GraphQL API)/m);
  });

  it('refuses an unknown option with exit 2 and a pointer to --help', () => {
    const r = run('seed.ts', ['--rest'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('Unknown option --rest.\nRun with --help for the options.');
  });

  it('refuses contradictory options and unknown subcommands with exit 2', () => {
    expect(run('seed.ts', ['--reset', '--check'], {}).status).toBe(2);
    const r = run('neo4j.ts', ['restart'], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Unexpected argument "restart": this command takes one of start, stop, status\./);
    expect(run('neo4j.ts', [], {}).status).toBe(2);
    expect(run('generate.ts', ['--force'], {}).status).toBe(2);
  });

  it('neo4j status exits 3 when the built-in server is not running, and shows the generated password', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'neo4j-status-'));
    try {
      const r = run('neo4j.ts', ['status'], { NEO4J_URI: '', NEO4J_PASSWORD: '', NEO4J_HOME_DIR: home });
      const password = readFileSync(path.join(home, 'password'), 'utf8').trim();
      expect(r.stdout.trim()).toBe(`Neo4j is not running.\nLog in with user neo4j, password ${password} (generated, kept in ${path.join(home, 'password')}).`);
      expect(r.status).toBe(3);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
