// The conventions a new contributor expects: licences, a Node version every dependency accepts, a changelog.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/local-neo4j/paths.js';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; engines: { node: string }; keywords?: string[] };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

describe('licences', () => {
  it('ship the MIT licence the package declares', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('list every seed source in the data note', () => {
    const sources = parse(read('seed/sources.yaml')) as { id: string; file: string; sha256: string }[];
    const note = read('DATA-LICENSE.md');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(note).toContain(`\`${s.id}\``);
      expect(note).toContain(s.sha256);
    }
  });
});

describe('Node version', () => {
  const nvmrc = read('.nvmrc').trim();

  it('.nvmrc names a Node that the engines field accepts', () => {
    expect(semver.satisfies(semver.minVersion(pkg.engines.node)!.version, pkg.engines.node)).toBe(true);
    // `20` in .nvmrc means the newest 20.x; the range must accept the newest 20.x as well as the one running here.
    expect(semver.intersects(`${nvmrc}.x`, pkg.engines.node)).toBe(true);
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  // npm prints EBADENGINE for each installed package whose own `engines.node` rejects the running Node.
  it('every locked package accepts the running Node (npm ci prints no EBADENGINE)', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(process.version, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('every locked package accepts the oldest Node the engines field allows', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(oldest, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});

describe('project files', () => {
  it('has a changelog with an Unreleased section, and keywords', () => {
    expect(existsSync(path.join(projectRoot, 'CHANGELOG.md'))).toBe(true);
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
    expect(pkg.keywords).toContain('neo4j');
  });
});
