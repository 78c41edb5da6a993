// .ci/run's closing line must be printed when tests fail too, and the failure must still reach the exit code.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';

const bin = mkdtempSync(path.join(os.tmpdir(), 'fake-npm-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs .ci/test-step with an `npm` that prints a vitest-like summary and exits with `status`. */
function runStep(summary: string, status: number) {
  writeFileSync(path.join(bin, 'npm'), `#!/usr/bin/env bash\nprintf '%b\\n' ' \\x1b[2m Test Files\\x1b[22m  1 failed' '${summary}'\nexit ${status}\n`);
  chmodSync(path.join(bin, 'npm'), 0o755);
  return spawnSync(path.join(projectRoot, '.ci', 'test-step'), {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
}

describe('.ci/test-step', () => {
  it('prints "N passed, N failed" when tests fail and still exits non-zero', () => {
    const r = runStep('      Tests  3 failed | 120 passed (123)', 1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('120 passed, 3 failed');
    expect(r.status).toBe(1);
  });

  it('prints it when everything passed and exits 0', () => {
    const r = runStep('      Tests  123 passed (123)', 0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('123 passed, 0 failed');
    expect(r.status).toBe(0);
  });
});
