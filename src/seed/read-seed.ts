// Reads seed/*.yaml and seed/relationships/*.yaml and validates each record with zod.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { nodeKinds, nodeLabels, type NodeLabel } from '../model/model.js';
import { nodeSchema, relationshipSchema, type NodeRecord, type RelationshipRecord } from './schemas.js';

export interface SeedIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export interface Seed {
  nodes: Record<NodeLabel, (NodeRecord & { seedFile: string })[]>;
  relationships: (RelationshipRecord & { id: string; seedFile: string })[];
  /** Ids of records that failed validation, so the cross-checks do not also call them unknown. */
  invalidIds: Map<string, NodeLabel>;
}

export const formatIssue = (i: SeedIssue) => `${i.file}: ${i.record}: ${i.field ? `${i.field}: ` : ''}${i.message}`;

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly issues: SeedIssue[]) {
    super(
      `The seed is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues
          .slice(0, 50)
          .map((i) => `  - ${formatIssue(i)}`)
          .join('\n') +
        (issues.length > 50 ? `\n  … and ${issues.length - 50} more` : ''),
    );
  }
}

/** A relationship's stable id: its ends, its type and an optional key. */
export const relationshipId = (r: { start: string; type: string; end: string; key?: string | null }) =>
  `${r.start}>${r.type}>${r.end}${r.key ? `#${r.key}` : ''}`;

function readList(file: string, rel: string, issues: SeedIssue[]): unknown[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    issues.push({ file: rel, record: '(file)', field: '', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return [];
  }
  if (data == null) return [];
  if (!Array.isArray(data)) {
    issues.push({ file: rel, record: '(file)', field: '', message: 'must be a YAML list of records' });
    return [];
  }
  return data;
}

const recordName = (raw: unknown, index: number) => {
  const r = raw as { id?: unknown; type?: unknown; start?: unknown; end?: unknown } | null;
  if (r && typeof r.id === 'string') return `record ${r.id}`;
  if (r && typeof r.type === 'string') return `record #${index + 1} (${String(r.start)} ${r.type} ${String(r.end)})`;
  return `record #${index + 1}`;
};

function validate<T>(schema: z.ZodType<T>, raw: unknown, rel: string, index: number, issues: SeedIssue[]): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    issues.push({ file: rel, record: recordName(raw, index), field: issue.path.join('.') || '(record)', message: issue.message });
  }
  return undefined;
}

/** Reads and validates every file; returns the issues instead of throwing so all are reported at once. */
export function readSeed(seedDir: string): { seed: Seed; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const nodes = Object.fromEntries(nodeLabels.map((l) => [l, []])) as unknown as Seed['nodes'];
  const invalidIds: Seed['invalidIds'] = new Map();
  // A typo in SEED_DIR or a lost file must not read as "the seed is empty": loading that would prune the whole graph.
  if (!existsSync(seedDir) || !statSync(seedDir).isDirectory()) {
    issues.push({ file: seedDir, record: '(folder)', field: '', message: 'does not exist or is not a folder (check SEED_DIR)' });
    return { seed: { nodes, relationships: [], invalidIds }, issues };
  }
  for (const label of nodeLabels) {
    const rel = path.join('seed', nodeKinds[label].file);
    const file = path.join(seedDir, nodeKinds[label].file);
    if (!existsSync(file)) {
      issues.push({ file: rel, record: '(file)', field: '', message: `is missing; every kind needs its file (${label})` });
      continue;
    }
    const schema = nodeSchema(label);
    readList(file, rel, issues).forEach((raw, i) => {
      const rec = validate(schema, raw, rel, i, issues);
      if (rec) nodes[label].push({ ...(rec as NodeRecord), seedFile: rel });
      else if (typeof (raw as { id?: unknown })?.id === 'string') invalidIds.set((raw as { id: string }).id, label);
    });
  }
  for (const label of nodeLabels) {
    if (existsSync(path.join(seedDir, nodeKinds[label].file)) && nodes[label].length === 0 && ![...invalidIds.values()].includes(label)) {
      issues.push({ file: path.join('seed', nodeKinds[label].file), record: '(file)', field: '', message: `holds no ${label} records` });
    }
  }
  const relationships: Seed['relationships'] = [];
  const relDir = path.join(seedDir, 'relationships');
  const relFiles = existsSync(relDir)
    ? readdirSync(relDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  for (const f of relFiles) {
    const rel = path.join('seed', 'relationships', f);
    readList(path.join(relDir, f), rel, issues).forEach((raw, i) => {
      const rec = validate(relationshipSchema, raw, rel, i, issues);
      if (rec) relationships.push({ ...(rec as RelationshipRecord), id: relationshipId(rec), seedFile: rel });
    });
  }
  return { seed: { nodes, relationships, invalidIds }, issues };
}
