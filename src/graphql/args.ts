// Argument validation with zod: a bad argument becomes BAD_USER_INPUT naming it and the allowed range.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { PATH_BUDGET_MAX } from '../db/statement-params.js';
import { relationshipTypeNames } from '../model/model.js';
import { badInput } from './errors.js';
import { offsetAfter } from './records.js';

export const LIMITS = { depth: [1, 3], maxLength: [1, 6], first: [1, 100], limit: [1, 500], budget: [1, PATH_BUDGET_MAX] } as const;

const bounded = (name: keyof typeof LIMITS) =>
  z
    .number()
    .int()
    .min(LIMITS[name][0], `must be between ${LIMITS[name][0]} and ${LIMITS[name][1]}`)
    .max(LIMITS[name][1], `must be between ${LIMITS[name][0]} and ${LIMITS[name][1]}`);

export const args = {
  id: z.string().regex(/^[a-z]+\/[a-z0-9][a-z0-9/-]*$/, 'must be an id like group/iskp'),
  depth: bounded('depth'),
  maxLength: bounded('maxLength'),
  first: bounded('first'),
  limit: bounded('limit'),
  budget: bounded('budget'),
  text: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  types: z
    .array(z.enum(relationshipTypeNames as [string, ...string[]], { message: `must list relationship types among: ${relationshipTypeNames.join(', ')}` }))
    .min(1, 'must list at least one type (or be left out)')
    // Types are written into statements (fold.ts): each distinct set once, in one order, is one plan; 800 copies of
    // one type made a statement that timed out while Neo4j planned it.
    .transform((types) => [...new Set(types)].sort())
    .nullish(),
  minKilled: z.number().int().min(0, 'must be 0 or more').nullish(),
} as const;

/** Validates one argument; throws BAD_USER_INPUT naming it. */
export function check<T>(name: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = issue.path.length ? `[${issue.path.join('.')}]` : '';
  throw badInput(`${name}${where}`, `${issue.message} (got ${echo(value)})`);
}

/** A rejected value as shown back: a short prefix, so one huge variable cannot make a huge answer. */
export function echo(value: unknown, max = 60): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length} characters)`;
}

/** A YYYY-MM-DD argument as a Neo4j date (or null). */
export function dateArg(name: string, value: unknown): InstanceType<typeof neo4j.types.Date> | null {
  if (value == null) return null;
  const s = String(value);
  const d = new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    throw badInput(name, `must be a date as YYYY-MM-DD (got ${echo(value)})`);
  }
  return neo4j.types.Date.fromStandardDate(d);
}

/** The offset an `after` cursor points past. */
export function afterArg(value: string | null | undefined): number {
  const offset = offsetAfter(value);
  if (offset === undefined) throw badInput('after', 'is not a cursor this API gave out');
  return offset;
}

/** Two YYYY-MM-DD arguments that bound a range; the end may not come before the start. */
export function dateRangeArgs(fromName: string, from: unknown, toName: string, to: unknown) {
  const range = { from: dateArg(fromName, from), to: dateArg(toName, to) };
  if (range.from && range.to && String(from) > String(to)) {
    throw badInput(toName, `must not be before ${fromName} (${String(from)} > ${String(to)})`);
  }
  return range;
}
