// An attack's low / best / high death (or wounded) toll, derived from its casualty reports by one stated rule.
// The figures stay as reported on each report; this is a derivation, and the answer carries the rule with it.
import type { casualtyCategories, casualtyOutcomes, casualtyQualifiers } from './model.js';

export interface CasualtyFigure {
  outcome: (typeof casualtyOutcomes)[number];
  count: number;
  qualifier?: (typeof casualtyQualifiers)[number] | null;
  category: (typeof casualtyCategories)[number];
  who?: string | null;
}

export interface CasualtyRange {
  low: number | null;
  best: number | null;
  high: number | null;
  /** Reports that give a figure for this outcome. */
  reportCount: number;
  /** Some report splits its victims by group and the best figure adds the parts (a sum the text does not state). */
  summedParts: boolean;
  rule: string;
}

export const casualtyRangeRule =
  'Derived, not reported. Only victims count (assailants and combined killed-or-wounded figures are left out). ' +
  'Each report bounds the toll by its qualifier: none, "exactly" or "initially" gives n..n; "at least" n..open; ' +
  '"more than" or "over" n+1..open; "nearly" or "up to" open..n; "around" or "about" open..open. ' +
  'A report that splits its victims by group (170 Afghan civilians and 13 U.S. service members) adds the parts. ' +
  'low is the smallest lower bound over the reports and high the largest upper bound (null when any report leaves that side open); ' +
  'best is the median of the reports’ figures, the lower of the two middle ones when their number is even.';

type Bound = number | null;

function bounds(f: CasualtyFigure): [Bound, Bound] {
  switch (f.qualifier ?? null) {
    case null:
    case 'exactly':
    case 'initially':
      return [f.count, f.count];
    case 'at least':
      return [f.count, null];
    case 'more than':
    case 'over':
      return [f.count + 1, null];
    case 'nearly':
    case 'up to':
      return [null, f.count];
    default:
      return [null, null];
  }
}

const sumOrNull = (xs: Bound[]) => (xs.some((x) => x === null) ? null : (xs as number[]).reduce((a, b) => a + b, 0));

/** The range of one outcome (killed or wounded) over an attack's reports, each report a list of figures. */
export function casualtyRange(reports: readonly (readonly CasualtyFigure[])[], outcome: 'killed' | 'wounded'): CasualtyRange {
  const perReport = reports
    .map((figures) => figures.filter((f) => f.outcome === outcome && f.category === 'victims'))
    .filter((parts) => parts.length > 0)
    .map((parts) => {
      const b = parts.map(bounds);
      return { low: sumOrNull(b.map((x) => x[0])), high: sumOrNull(b.map((x) => x[1])), best: parts.reduce((a, f) => a + f.count, 0), parts: parts.length };
    });
  if (perReport.length === 0) return { low: null, best: null, high: null, reportCount: 0, summedParts: false, rule: casualtyRangeRule };
  const lows = perReport.map((r) => r.low);
  const highs = perReport.map((r) => r.high);
  const bests = perReport.map((r) => r.best).sort((a, b) => a - b);
  return {
    low: lows.some((x) => x === null) ? null : Math.min(...(lows as number[])),
    high: highs.some((x) => x === null) ? null : Math.max(...(highs as number[])),
    best: bests[Math.floor((bests.length - 1) / 2)]!,
    reportCount: perReport.length,
    summedParts: perReport.some((r) => r.parts > 1),
    rule: casualtyRangeRule,
  };
}
