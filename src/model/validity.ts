// When a relationship holds, as data: each side (start, end) is a range of days it can fall on, from the date the
// text states or from a bound the text implies (derived, with its reasoning). `asOf` keeps what is known to hold on
// a day; what only may hold is kept on request and flagged (cypher/queries/relationships.cypher, neighborhood.cypher).
import { parsePartialDate, type Precision } from './dates.js';

/** The shape of a relationship's time. */
export type ValidityKind = 'interval' | 'start-only' | 'end-only' | 'moment' | 'unknown';

/** Whether a relationship holds on a day: known to, may (uncertain), or does not. */
export type Holds = 'known' | 'uncertain' | 'no';

/**
 * A date the text implies but does not state, as the range of days it allows: `2016-07` (in July 2016), `<=2019-07`
 * (no later than July 2019: a successor was appointed then), `>=2021-08` (no earlier: still in office in a passage
 * written after August 2021), `2015-02-12/2017-04-23` (between the two).
 */
export interface DerivedDate {
  earliest?: string;
  latest?: string;
  precision: Precision;
}

const derivedPattern = /^(<=|>=)?(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\/(\d{4}(?:-\d{2}(?:-\d{2})?)?))?$/;

export function parseDerivedDate(text: string): DerivedDate | undefined {
  const m = derivedPattern.exec(text);
  if (!m || (m[1] && m[3])) return undefined;
  const a = parsePartialDate(m[2]!);
  const b = m[3] ? parsePartialDate(m[3]) : a;
  if (!a || !b || b.end < a.start) return undefined;
  return {
    earliest: m[1] === '<=' ? undefined : a.start,
    latest: m[1] === '>=' ? undefined : b.end,
    precision: m[3]
      ? a.precision === 'day' && b.precision === 'day'
        ? 'day'
        : a.precision === 'year' || b.precision === 'year'
          ? 'year'
          : 'month'
      : a.precision,
  };
}

/** A side's range of possible days, ISO; undefined = unbounded. */
interface SideRange {
  earliest?: string;
  latest?: string;
  precision?: Precision;
}

const later = (a?: string, b?: string) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);
const earlier = (a?: string, b?: string) => (a === undefined ? b : b === undefined ? a : a < b ? a : b);

/** A side from its stated date, narrowed by its derived bound. */
function side(stated?: string | null, derived?: string | null): SideRange {
  const s = stated != null ? parsePartialDate(String(stated)) : undefined;
  const d = derived != null ? parseDerivedDate(String(derived)) : undefined;
  let earliest = s?.start;
  let latest = s?.end;
  if (d) {
    earliest = later(earliest, d.earliest);
    latest = earlier(latest, d.latest);
  }
  return { earliest, latest, precision: s?.precision ?? d?.precision };
}

export interface ValidityInput {
  from?: string | null;
  to?: string | null;
  fromDerived?: string | null;
  toDerived?: string | null;
}

export interface Validity {
  kind: ValidityKind;
  fromEarliest?: string;
  fromLatest?: string;
  toEarliest?: string;
  toLatest?: string;
  fromPrecision?: Precision;
  toPrecision?: Precision;
}

/** A relationship's validity; a momentary type (it happens, it does not last) ends on the day it starts. */
export function validityOf(r: ValidityInput, momentary: boolean): Validity {
  const from = side(r.from, r.fromDerived);
  let to = side(r.to, r.toDerived);
  // A side is dated when the text (or a derivation) bounds it at all: a day, a month, "by 2015-02-12".
  const dated = (x: SideRange) => x.earliest !== undefined || x.latest !== undefined;
  let kind: ValidityKind;
  if (momentary && dated(from) && !dated(to)) {
    kind = 'moment';
    to = from;
  } else if (dated(from) && dated(to)) kind = 'interval';
  else if (dated(from)) kind = 'start-only';
  else if (dated(to)) kind = 'end-only';
  else kind = 'unknown';
  return {
    kind,
    fromEarliest: from.earliest,
    fromLatest: from.latest,
    toEarliest: to.earliest,
    toLatest: to.latest,
    fromPrecision: from.precision,
    toPrecision: kind === 'moment' ? undefined : to.precision,
  };
}

/**
 * Known to hold on `day` (ISO): it had started by then at the latest and cannot have ended before. It may hold when
 * the day lies between the earliest start and the latest end; an open side may reach any day.
 * The Cypher in cypher/queries/relationships.cypher and neighborhood.cypher is the same test.
 */
export function holdsOn(v: Pick<Validity, 'fromEarliest' | 'fromLatest' | 'toEarliest' | 'toLatest'>, day: string): Holds {
  if (v.fromLatest !== undefined && v.toEarliest !== undefined && v.fromLatest <= day && day <= v.toEarliest) return 'known';
  if ((v.fromEarliest === undefined || v.fromEarliest <= day) && (v.toLatest === undefined || day <= v.toLatest)) return 'uncertain';
  return 'no';
}
