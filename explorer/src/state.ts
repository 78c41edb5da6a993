// The view's state lives in the URL, so a link reopens the same view: entity, expanded node types, asOf, path ends.
export interface ViewState {
  /** The entity the page and the graph centre on. */
  entity?: string;
  /** Opened bundles, each `nodeId|TYPE`. */
  expand: string[];
  /** Only what holds on this day (YYYY-MM-DD). */
  asOf?: string;
  /** With asOf: only what is known to hold, leaving out what only may (undated, open-ended, a month-precise boundary). */
  knownOnly?: boolean;
  /** Path ends. */
  from?: string;
  to?: string;
  /** Show a whole neighbourhood of this depth instead of bundles. */
  hood?: number;
}

export function readState(search = location.search): ViewState {
  const q = new URLSearchParams(search);
  const hood = Number(q.get('hood'));
  return {
    entity: q.get('entity') ?? undefined,
    expand: (q.get('expand') ?? '').split(',').filter((s) => /^[a-z]+\/[^|]+\|[A-Z_]+$/.test(s)),
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(q.get('asOf') ?? '') ? q.get('asOf')! : undefined,
    knownOnly: q.get('known') === '1' || undefined,
    from: q.get('from') ?? undefined,
    to: q.get('to') ?? undefined,
    hood: hood >= 1 && hood <= 3 ? hood : undefined,
  };
}

export function toSearch(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.entity) q.set('entity', s.entity);
  if (s.expand.length) q.set('expand', s.expand.join(','));
  if (s.asOf) q.set('asOf', s.asOf);
  if (s.asOf && s.knownOnly) q.set('known', '1');
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.hood) q.set('hood', String(s.hood));
  const text = q.toString().replace(/%2F/g, '/').replace(/%7C/g, '|').replace(/%2C/g, ',');
  return text ? `?${text}` : location.pathname;
}
