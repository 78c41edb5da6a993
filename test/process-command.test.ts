// The built-in Neo4j's process check works without /proc (macOS): `ps` and /proc agree, long command lines included.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { localPaths } from '../src/local-neo4j/paths.js';
import { commandViaProc, commandViaPs, processCommand } from '../src/local-neo4j/process-command.js';

const hasProc = existsSync('/proc/self/cmdline');

function sleeper(marker: string) {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', marker], { stdio: 'ignore' });
  return child;
}

describe('process command line', () => {
  it('ps finds a live process with its arguments, and nothing once it has exited', async () => {
    const child = sleeper('khorasan-marker-ps');
    await new Promise((r) => child.once('spawn', r));
    try {
      expect(commandViaPs(child.pid!)).toContain('khorasan-marker-ps');
      expect(processCommand(child.pid!)).toContain('khorasan-marker-ps');
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    expect(commandViaPs(child.pid!)).toBeUndefined();
    expect(processCommand(child.pid!)).toBeUndefined();
  });

  it('says undefined for pids that cannot exist', () => {
    expect(processCommand(0)).toBeUndefined();
    expect(processCommand(-1)).toBeUndefined();
    expect(processCommand(Number.NaN)).toBeUndefined();
    expect(commandViaPs(999_999_999)).toBeUndefined();
  });

  it.skipIf(!hasProc)('ps and /proc give the same command line', async () => {
    const child = sleeper('khorasan-marker-both');
    await new Promise((r) => child.once('spawn', r));
    try {
      expect(commandViaPs(child.pid!)).toBe(commandViaProc(child.pid!));
    } finally {
      child.kill('SIGKILL');
    }
  });

  // Neo4j's entry point follows the JVM options and classpath: BSD ps would cut it at the terminal width without -ww.
  const config = loadConfig();
  const pidFile = localPaths(config).pidFile;
  it.skipIf(!config.local || !existsSync(pidFile))('ps sees the built-in Neo4j entry point after its JVM options', () => {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    expect(commandViaPs(pid)).toContain('org.neo4j.server.CommunityEntryPoint');
  });
});
