// Edge.validity, Edge.asOfCertainty and Tenure.validity: a relationship's time as data (src/model/validity.ts).
import { holdsOn } from '../../model/validity.js';
import type { Props } from '../records.js';

const iso = (v: unknown) => (v == null ? null : String(v));
const upper = (v: unknown) => (v == null ? null : String(v).toUpperCase().replace('-', '_'));

// On an Edge, `from`/`to` are its end entities and the stated dates are `validFrom`/`validTo`; on a Tenure, `from`/`to`.
const stated = (r: Props, edgeKey: string, tenureKey: string) => (r[edgeKey] ?? (typeof r[tenureKey] === 'string' ? r[tenureKey] : null)) as string | null;

/** The stored validity of a relationship map (`r {.*}` made plain). */
export function validity(r: Props) {
  return {
    kind: upper(r.validity) ?? 'UNKNOWN',
    from: stated(r, 'validFrom', 'from'),
    fromPrecision: upper(r.fromPrecision),
    fromDerived: r.fromDerived ?? null,
    fromReason: r.fromReason ?? null,
    to: stated(r, 'validTo', 'to'),
    toPrecision: upper(r.toPrecision),
    toDerived: r.toDerived ?? null,
    toReason: r.toReason ?? null,
    derived: r.fromDerived != null || r.toDerived != null,
    earliestStart: iso(r.fromEarliest),
    latestStart: iso(r.fromLatest),
    earliestEnd: iso(r.toEarliest),
    latestEnd: iso(r.toLatest),
  };
}

/** KNOWN or UNCERTAIN on the asOf date the edge was asked for with (set by the resolver); null without asOf. */
export function asOfCertainty(r: Props) {
  if (r.asOf == null) return null;
  const v = {
    fromEarliest: iso(r.fromEarliest) ?? undefined,
    fromLatest: iso(r.fromLatest) ?? undefined,
    toEarliest: iso(r.toEarliest) ?? undefined,
    toLatest: iso(r.toLatest) ?? undefined,
  };
  return holdsOn(v, String(r.asOf)) === 'known' ? 'KNOWN' : 'UNCERTAIN';
}
