// The command line of a running process, on Linux and macOS alike: /proc where it exists, `ps` elsewhere.
// The built-in Neo4j's pid file is trusted only when that pid still runs Neo4j (pids are reused).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Linux: /proc/<pid>/cmdline, arguments separated by NUL. Undefined when the process does not exist. */
export function commandViaProc(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/**
 * POSIX `ps` (procps on Linux, BSD ps on macOS). `-ww` stops BSD ps cutting the line at the terminal width:
 * Neo4j's entry point comes after its JVM options and classpath (200+ characters). Undefined when there is no such process.
 */
export function commandViaPs(pid: number): string | undefined {
  const r = spawnSync('ps', ['-ww', '-p', String(pid), '-o', 'command='], { encoding: 'utf8', timeout: 5000 });
  if (r.error) throw new Error(`Cannot inspect process ${pid}: ${r.error.message} (is ps installed?)`);
  const line = r.stdout.trim();
  return r.status === 0 && line !== '' ? line : undefined;
}

export function processCommand(pid: number): string | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return existsSync('/proc/self/cmdline') ? commandViaProc(pid) : commandViaPs(pid);
}
