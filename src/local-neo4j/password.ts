// The built-in server's password: random on first use, kept beside its data in a file only the user can read.
// A fixed password printed in the README let any web page the user visited log in to Bolt (issue 8, item 12).
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { LocalPaths } from './paths.js';

/** What homes made before passwords were generated were created with; start() replaces it with a random one. */
export const LEGACY_PASSWORD = 'khorasan-local';

export const passwordFile = (paths: Pick<LocalPaths, 'home'>): string => path.join(paths.home, 'password');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 24 letters and digits (~143 bits): nothing to quote in a shell or a Browser form, and no leading '-' for neo4j-admin. */
export function randomPassword(): string {
  let out = '';
  while (out.length < 24) {
    // Bytes ≥ 248 are dropped so every character is equally likely (248 = 4 × 62).
    for (const b of randomBytes(32)) if (b < 248 && out.length < 24) out += ALPHABET[b % 62];
  }
  return out;
}

/** Thrown when the password file is there but unusable; `message` names the file. */
export class PasswordFileError extends Error {
  override name = 'PasswordFileError';
}

function read(file: string): string {
  const password = readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new PasswordFileError(`${file} must hold a password of 8 or more characters; delete it to get a new one.`);
  return password;
}

/**
 * The password in the home's file, made on first use. A home that already holds a database but no file was
 * created with the old fixed password, so that one is kept until start() replaces it.
 */
export function localPassword(paths: Pick<LocalPaths, 'home' | 'data'>): string {
  const file = passwordFile(paths);
  if (existsSync(file)) return read(file);
  const legacy = existsSync(path.join(paths.data, 'databases', 'system'));
  mkdirSync(paths.home, { recursive: true });
  try {
    // 'wx': two processes starting at once must agree on one password, so the second reads the first's.
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, `${legacy ? LEGACY_PASSWORD : randomPassword()}\n`);
    closeSync(fd);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return read(file);
}

/** Replaces the file's content atomically (write beside, rename), mode 0600. */
export function savePassword(file: string, password: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const next = `${file}.next`;
  writeFileSync(next, `${password}\n`, { mode: 0o600 });
  renameSync(next, file);
}

/** How to log in to Neo4j Browser, for `npm start` and `neo4j:status`: the generated password is shown, a given one is not. */
export function loginNote(config: { NEO4J_USER: string; NEO4J_PASSWORD: string; passwordFile?: string }): string {
  return config.passwordFile
    ? `user ${config.NEO4J_USER}, password ${config.NEO4J_PASSWORD} (generated, kept in ${config.passwordFile})`
    : `user ${config.NEO4J_USER}, password from NEO4J_PASSWORD`;
}
