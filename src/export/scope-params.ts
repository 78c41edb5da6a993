// An export's scope as URL parameters: parsed (zod) by the /export route and written by the GraphQL exportLink
// field, so every link the API hands out is one the route accepts.
import { z } from 'zod';
import { args, LIMITS } from '../graphql/args.js';
import type { Scope } from './read-graph.js';

const whole = (name: keyof typeof LIMITS, fallback: number) => {
  const [min, max] = LIMITS[name];
  return z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .default(fallback);
};

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a date as YYYY-MM-DD');

/** The query string of /export/{format}; `scope` defaults to the whole graph. Unknown parameters are refused. */
const scopeParams = z.discriminatedUnion(
  'scope',
  [
    z.strictObject({ scope: z.literal('all') }),
    z.strictObject({ scope: z.literal('neighborhood'), id: args.id, depth: whole('depth', 1) }),
    z.strictObject({ scope: z.literal('path'), from: args.id, to: args.id, maxLength: whole('maxLength', 4) }),
    z.strictObject({
      scope: z.literal('attacks'),
      perpetrator: args.id.optional(),
      place: args.id.optional(),
      from: day.optional(),
      to: day.optional(),
      first: whole('first', 100),
    }),
  ],
  { error: 'must be all, neighborhood, path or attacks' },
);

export type ScopeProblem = { argument: string; message: string };

/** The scope a query string asks for, or the first problem with it (which parameter, and why). */
export function parseScope(params: URLSearchParams): { scope: Scope } | { problem: ScopeProblem } {
  const raw: Record<string, string> = { scope: 'all' };
  for (const [k, v] of params) raw[k] = v;
  const r = scopeParams.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      return { problem: { argument: issue.keys[0]!, message: `is not a parameter of scope "${raw.scope}"` } };
    }
    const argument = String(issue.path[0] ?? 'scope');
    const got = raw[argument];
    const shown = got === undefined ? '' : ` (got ${JSON.stringify(got.length > 60 ? `${got.slice(0, 60)}…` : got)})`;
    return { problem: { argument, message: `${got === undefined ? 'is required' : issue.message}${shown}` } };
  }
  const p = r.data;
  switch (p.scope) {
    case 'all':
      return { scope: { kind: 'all' } };
    case 'neighborhood':
      return { scope: { kind: 'neighbourhood', id: p.id, depth: p.depth } };
    case 'path':
      return { scope: { kind: 'path', from: p.from, to: p.to, maxLength: p.maxLength } };
    case 'attacks':
      return {
        scope: { kind: 'attacks', perpetrator: p.perpetrator ?? null, place: p.place ?? null, from: p.from ?? null, to: p.to ?? null, first: p.first },
      };
  }
}

/** The query string for a scope (the inverse of parseScope), parameters in a fixed order. */
export function scopeQuery(scope: Scope): string {
  const entries: [string, string | number | null][] =
    scope.kind === 'all'
      ? []
      : scope.kind === 'neighbourhood'
        ? [
            ['scope', 'neighborhood'],
            ['id', scope.id],
            ['depth', scope.depth],
          ]
        : scope.kind === 'path'
          ? [
              ['scope', 'path'],
              ['from', scope.from],
              ['to', scope.to],
              ['maxLength', scope.maxLength],
            ]
          : [
              ['scope', 'attacks'],
              ['perpetrator', scope.perpetrator],
              ['place', scope.place],
              ['from', scope.from],
              ['to', scope.to],
              ['first', scope.first],
            ];
  const q = new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== null).map(([k, v]) => [k, String(v)]));
  const s = q.toString().replaceAll('%2F', '/');
  return s ? `?${s}` : '';
}

const slug = (id: string) => id.replace(/[^a-z0-9]+/g, '-');

/** The file name (without extension) a download of this scope gets: it says what is inside. */
export function scopeFileBase(scope: Scope): string {
  switch (scope.kind) {
    case 'all':
      return 'khorasan';
    case 'neighbourhood':
      return `khorasan-${slug(scope.id)}-depth-${scope.depth}`;
    case 'path':
      return `khorasan-path-${slug(scope.from)}-to-${slug(scope.to)}`;
    case 'attacks':
      return [
        'khorasan-attacks',
        scope.perpetrator && `by-${slug(scope.perpetrator)}`,
        scope.place && `in-${slug(scope.place)}`,
        scope.from && `from-${scope.from}`,
        scope.to && `to-${scope.to}`,
      ]
        .filter(Boolean)
        .join('-');
  }
}

/** Ids a scope names, which must exist (a typo is NOT_FOUND, not an empty file). */
export function scopeEntityIds(scope: Scope): string[] {
  if (scope.kind === 'neighbourhood') return [scope.id];
  if (scope.kind === 'path') return [scope.from, scope.to];
  if (scope.kind === 'attacks') return [scope.perpetrator, scope.place].filter((id): id is string => id !== null);
  return [];
}
