// Reads, validates and cross-checks the seed; throws SeedValidationError naming every bad record.
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';
import { crossCheck, loadSourceTexts } from './cross-check.js';
import { readSeed, SeedValidationError, type Seed } from './read-seed.js';

export interface PreparedSeed {
  seed: Seed;
  /** Sources whose text is absent, so their quotes were not checked. */
  uncheckedSources: string[];
}

export function prepareSeed(seedDir: string, sourcesDir: string): PreparedSeed {
  const { seed, issues } = readSeed(path.resolve(projectRoot, seedDir));
  const sources = loadSourceTexts(seed, path.resolve(projectRoot, sourcesDir));
  const all = [...issues, ...crossCheck(seed, sources)];
  if (all.length > 0) throw new SeedValidationError(all);
  return { seed, uncheckedSources: sources.missing };
}
