// Query.exportLink: the /export/{format} link for a neighbourhood, a path result, an attack list or the whole graph.
// The link is built from the scope the route itself parses (src/export/scope-params.ts), so it is always accepted.
import { formats, type ExportFormat } from '../../export/formats.js';
import { parseScope, scopeEntityIds, scopeFileBase, scopeQuery } from '../../export/scope-params.js';
import type { Context } from '../context.js';
import { badInput, requireEntities } from '../errors.js';

interface Args {
  format: ExportFormat;
  neighborhoodOf?: string | null;
  depth: number;
  pathFrom?: string | null;
  pathTo?: string | null;
  maxLength: number;
  attacks?: { perpetrator?: string | null; place?: string | null; from?: string | null; to?: string | null; first: number } | null;
}

/** The route's parameters for these arguments, and the GraphQL name of each (for errors). */
function routeParams(a: Args): { params: URLSearchParams; names: Record<string, string> } {
  const chosen = [a.neighborhoodOf != null, a.pathFrom != null || a.pathTo != null, a.attacks != null].filter(Boolean).length;
  if (chosen > 1) throw badInput('neighborhoodOf', 'cannot be combined with pathFrom/pathTo or attacks: choose one scope (or none, for the whole graph)');
  const set = (entries: [string, unknown][]) => new URLSearchParams(entries.filter(([, v]) => v != null).map(([k, v]) => [k, String(v)]));
  if (a.neighborhoodOf != null) {
    return {
      params: set([
        ['scope', 'neighborhood'],
        ['id', a.neighborhoodOf],
        ['depth', a.depth],
      ]),
      names: { id: 'neighborhoodOf', depth: 'depth' },
    };
  }
  if (chosen && a.attacks == null) {
    return {
      params: set([
        ['scope', 'path'],
        ['from', a.pathFrom],
        ['to', a.pathTo],
        ['maxLength', a.maxLength],
      ]),
      names: { from: 'pathFrom', to: 'pathTo', maxLength: 'maxLength' },
    };
  }
  if (a.attacks != null) {
    const f = a.attacks;
    const params = set([
      ['scope', 'attacks'],
      ['perpetrator', f.perpetrator],
      ['place', f.place],
      ['from', f.from],
      ['to', f.to],
      ['first', f.first],
    ]);
    return { params, names: Object.fromEntries([...params.keys()].map((k) => [k, `attacks.${k}`])) };
  }
  return { params: new URLSearchParams(), names: {} };
}

export async function exportLink(_: unknown, a: Args, ctx: Context) {
  const { params, names } = routeParams(a);
  const parsed = parseScope(params);
  if ('problem' in parsed) throw badInput(names[parsed.problem.argument] ?? parsed.problem.argument, parsed.problem.message);
  const { scope } = parsed;
  await requireEntities(ctx, Object.fromEntries(scopeEntityIds(scope).map((id, i) => [String(i), id])));
  const spec = formats[a.format];
  return {
    format: a.format,
    url: `/export/${a.format}${scopeQuery(scope)}`,
    fileName: `${scopeFileBase(scope)}.${spec.extension}`,
    contentType: spec.contentType,
  };
}
