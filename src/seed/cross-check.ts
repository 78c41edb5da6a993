// Checks across records: unique ids, existing endpoints of the right kind, dates in order,
// evidence sources that exist, and quotes that really are in their source text.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePartialDate } from '../model/dates.js';
import { labelForId, nodeLabels, relationshipTypes, type PropSpec, type RelationshipTypeName } from '../model/model.js';
import type { Evidence } from './schemas.js';
import type { Seed, SeedIssue } from './read-seed.js';

export interface SourceTexts {
  /** Source id → its text, for the sources whose files are present. */
  texts: Map<string, string>;
  /** Source ids whose file is absent (quotes then cannot be checked). */
  missing: string[];
}

/** Loads each Source record's file from the sources folder. */
export function loadSourceTexts(seed: Seed, sourcesDir: string): SourceTexts {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const s of seed.nodes.Source) {
    const file = path.join(sourcesDir, String(s.file));
    if (existsSync(file)) texts.set(s.id, readFileSync(file, 'utf8'));
    else missing.push(`${s.id} (${file})`);
  }
  return { texts, missing };
}

export function crossCheck(seed: Seed, sources: SourceTexts): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const labelOf = new Map<string, string>(seed.invalidIds);
  const sourceIds = new Set(seed.nodes.Source.map((s) => s.id));

  const checkEvidence = (file: string, record: string, field: string, evidence: Evidence[]) =>
    evidence.forEach((e, i) => {
      if (!sourceIds.has(e.source)) {
        issues.push({ file, record, field: `${field}[${i}].source`, message: `unknown source ${e.source}` });
        return;
      }
      const text = sources.texts.get(e.source);
      if (text !== undefined && !text.includes(e.quote)) {
        issues.push({ file, record, field: `${field}[${i}].quote`, message: `is not an exact quote of ${e.source}: "${e.quote.slice(0, 80)}"` });
      }
    });

  for (const s of seed.nodes.Source) {
    const text = sources.texts.get(s.id);
    const actual = text === undefined ? undefined : createHash('sha256').update(text).digest('hex');
    if (actual !== undefined && actual !== s.sha256) {
      issues.push({
        file: s.seedFile,
        record: `record ${s.id}`,
        field: 'sha256',
        message: `does not match the text's (${actual}): the source changed; re-check its quotes`,
      });
    }
  }

  for (const label of nodeLabels) {
    for (const n of seed.nodes[label]) {
      const record = `record ${n.id}`;
      const prior = labelOf.has(n.id) && !seed.invalidIds.has(n.id) ? labelOf.get(n.id) : undefined;
      if (prior) issues.push({ file: n.seedFile, record, field: 'id', message: `is used twice (also a ${prior})` });
      labelOf.set(n.id, label);
      checkEvidence(n.seedFile, record, 'evidence', n.evidence);
      const reports = (n as { casualtyReports?: { evidence: Evidence[] }[] | null }).casualtyReports ?? [];
      reports.forEach((r, i) => checkEvidence(n.seedFile, record, `casualtyReports[${i}].evidence`, r.evidence));
      const { assessment, assessmentQuote } = n as { assessment?: string; assessmentQuote?: string | null };
      // A judgement of a claim is the source's, so it comes with the quote that makes it (issue 11).
      if (label === 'Claim' && assessment !== 'not-assessed' && !assessmentQuote)
        issues.push({
          file: n.seedFile,
          record,
          field: 'assessmentQuote',
          message: `is needed for the assessment ${assessment}: the quote that judges the claim`,
        });
      if (assessmentQuote) {
        const src = n.evidence[0]!.source;
        const text = sources.texts.get(src);
        if (text !== undefined && !text.includes(assessmentQuote))
          issues.push({ file: n.seedFile, record, field: 'assessmentQuote', message: `is not an exact quote of ${src}` });
      }
    }
  }
  for (const label of nodeLabels) {
    for (const n of seed.nodes[label]) {
      const dup = (n as { duplicateOf?: string | null }).duplicateOf;
      if (dup && labelOf.get(dup) !== label)
        issues.push({ file: n.seedFile, record: `record ${n.id}`, field: 'duplicateOf', message: `must name another ${label}, not ${dup}` });
    }
  }

  const relIds = new Set<string>();
  for (const r of seed.relationships) {
    const record = `record ${r.id}`;
    if (relIds.has(r.id))
      issues.push({
        file: r.seedFile,
        record,
        field: 'key',
        message: 'the same type between the same ends appears twice; merge them or give each a distinct key',
      });
    relIds.add(r.id);
    const spec = relationshipTypes[r.type as RelationshipTypeName];
    for (const [end, allowed] of [
      ['start', spec.from],
      ['end', spec.to],
    ] as const) {
      const id = r[end];
      const label = labelOf.get(id);
      if (!label) {
        const expected = labelForId(id);
        issues.push({ file: r.seedFile, record, field: end, message: `unknown ${expected ?? 'entity'} ${id}` });
      } else if (allowed !== '*' && !(allowed as readonly string[]).includes(label)) {
        issues.push({
          file: r.seedFile,
          record,
          field: end,
          message: `${r.type} cannot ${end === 'start' ? 'start at' : 'end at'} a ${label} (allowed: ${allowed.join(', ')})`,
        });
      }
    }
    for (const [prop, p] of Object.entries((spec as { properties?: Record<string, PropSpec> }).properties ?? {})) {
      if (p.required && (r as Record<string, unknown>)[prop] == null)
        issues.push({ file: r.seedFile, record, field: prop, message: `is required on ${r.type}` });
    }
    if (r.from && r.to) {
      const from = parsePartialDate(String(r.from))!;
      const to = parsePartialDate(String(r.to))!;
      if (from.start > to.end) issues.push({ file: r.seedFile, record, field: 'to', message: `is before from (${r.from} > ${r.to})` });
    }
    for (const side of ['from', 'to'] as const) {
      // A derived date is never stored without the reasoning that derives it.
      if (r[`${side}Derived`] != null && !r[`${side}Reason`])
        issues.push({ file: r.seedFile, record, field: `${side}Reason`, message: `is required with ${side}Derived` });
    }
    checkEvidence(r.seedFile, record, 'evidence', r.evidence);
  }
  return issues;
}
