// Builds the explorer bundle (Vite) when it is missing or older than its sources, so `npm start` needs no extra step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';

export const explorerDir = path.join(projectRoot, 'explorer');
export const explorerDist = path.join(projectRoot, 'dist', 'explorer');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when dist/explorer is missing or a source (explorer/, src/model/) changed after it was built. */
export function explorerStale(): boolean {
  const index = path.join(explorerDist, 'index.html');
  if (!existsSync(index)) return true;
  if (!existsSync(explorerDir)) return false; // a production image: the bundle without its sources
  const sources = Math.max(newest(explorerDir), newest(path.join(projectRoot, 'src', 'model')));
  return sources > statSync(index).mtimeMs;
}

export async function ensureExplorer(log: (line: string) => void = console.log): Promise<void> {
  if (!explorerStale()) return;
  const started = Date.now();
  let build: typeof import('vite').build;
  try {
    ({ build } = await import('vite'));
  } catch {
    // The API works without the explorer; say what is missing instead of refusing to start.
    log('The explorer is not built and Vite is not installed (run `npm ci`, then `npm run explorer:build`); / answers 503.');
    return;
  }
  await build({ configFile: path.join(explorerDir, 'vite.config.ts'), logLevel: 'warn' });
  log(`Built the explorer in ${Date.now() - started} ms (dist/explorer).`);
}
