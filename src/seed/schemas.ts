// Zod schemas for seed records, derived from the model in src/model/model.ts.
import { z } from 'zod';
import { parsePartialDate } from '../model/dates.js';
import { parseDerivedDate } from '../model/validity.js';
import {
  casualtyBases,
  casualtyCategories,
  casualtyOutcomes,
  casualtyQualifiers,
  type CasualtyBasis,
  commonRelationshipProperties,
  confidenceLevels,
  nodeKinds,
  relationshipTypeNames,
  relationshipTypes,
  type NodeLabel,
  type PropSpec,
} from '../model/model.js';

const MAX_QUOTE_WORDS = 40;

// YAML reads 2020 as a number; dates are strings here.
const dateString = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().refine((s) => parsePartialDate(s) !== undefined, { message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD' }),
);

export const idOf = (prefix: string) => z.string().regex(new RegExp(`^${prefix}/[a-z0-9][a-z0-9-]*(/[a-z0-9-]+)*$`), `must be an id like ${prefix}/some-slug`);
const anyId = z.string().regex(/^[a-z]+\/[a-z0-9][a-z0-9-]*(\/[a-z0-9-]+)*$/, 'must be an id like kind/some-slug');

export const evidenceSchema = z
  .object({
    source: idOf('source'),
    quote: z
      .string()
      .min(3, 'must be a quote of the source')
      .refine((q) => q.trim().split(/\s+/).length <= MAX_QUOTE_WORDS, { message: `must be at most ${MAX_QUOTE_WORDS} words` }),
  })
  .strict();

const evidenceList = z.array(evidenceSchema).min(1, 'needs at least one quote: a fact with no evidence does not enter the graph');

const casualtyFigureSchema = z
  .object({
    outcome: z.enum(casualtyOutcomes),
    count: z.number().int().min(0),
    qualifier: z.enum(casualtyQualifiers).nullable().optional(),
    category: z.enum(casualtyCategories),
    who: z.string().min(1).nullable().optional(),
  })
  .strict();

const casualtyReportSchema = z
  .object({
    figures: z.array(casualtyFigureSchema),
    basis: z.enum(Object.keys(casualtyBases) as [CasualtyBasis, ...CasualtyBasis[]]),
    confidence: z.enum(confidenceLevels),
    reportedBy: z.string().min(1),
    note: z.string().nullable().optional(),
    evidence: evidenceList,
  })
  .strict()
  .refine((r) => r.figures.length > 0 || r.note != null, { message: 'needs a figure or a note' })
  // The confidence follows from whose voice the figure is in: a perpetrator's own claim is never more than low.
  .refine((r) => (casualtyBases[r.basis].confidence as readonly string[]).includes(r.confidence), {
    message: 'confidence does not fit its basis (see casualtyBases in src/model/model.ts)',
    path: ['confidence'],
  });

function propSchema(spec: PropSpec): z.ZodTypeAny {
  const base = (() => {
    switch (spec.type) {
      case 'text':
        return z.string().min(1, 'must not be empty');
      case 'int':
        return z.number().int('must be a whole number');
      case 'date':
        return dateString;
      case 'derivedDate':
        return z.preprocess(
          (v) => (typeof v === 'number' ? String(v) : v),
          z.string().refine((s) => parseDerivedDate(s) !== undefined, { message: 'must be a date (YYYY, YYYY-MM, YYYY-MM-DD), optionally after <= or >=' }),
        );
      case 'id':
        return anyId;
      case 'enum':
        return z.enum(spec.values as [string, ...string[]]);
      case 'casualtyReports':
        return z.array(casualtyReportSchema);
    }
  })();
  return spec.required ? base : base.nullable().optional();
}

const commonNodeFields = {
  name: z.string().min(1, 'must not be empty'),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1, 'must not be empty'),
  note: z.string().nullable().optional(),
  evidence: evidenceList,
};

export function nodeSchema(label: NodeLabel) {
  const kind = nodeKinds[label];
  const props = Object.fromEntries(Object.entries(kind.properties).map(([k, spec]) => [k, propSchema(spec as PropSpec)]));
  return z.object({ id: idOf(kind.prefix), ...commonNodeFields, ...props }).strict();
}

const relationshipPropSpecs: Record<string, PropSpec> = { ...commonRelationshipProperties };
for (const t of Object.values(relationshipTypes)) {
  // Each type's own properties; optional here, required-ness is checked per type in the cross-checks.
  for (const [k, spec] of Object.entries((t as { properties?: Record<string, PropSpec> }).properties ?? {})) {
    relationshipPropSpecs[k] = { ...spec, required: false };
  }
}

export const relationshipSchema = z
  .object({
    type: z.enum(relationshipTypeNames as [string, ...string[]], { message: `must be one of the model's types` }),
    start: anyId,
    end: anyId,
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .nullable()
      .optional(),
    confidence: z.enum(confidenceLevels),
    evidence: evidenceList,
    ...Object.fromEntries(Object.entries(relationshipPropSpecs).map(([k, spec]) => [k, propSchema(spec)])),
  })
  .strict();

export type Evidence = z.infer<typeof evidenceSchema>;
export type NodeRecord = z.infer<ReturnType<typeof nodeSchema>> & Record<string, unknown>;
export type RelationshipRecord = z.infer<typeof relationshipSchema> & Record<string, unknown>;
