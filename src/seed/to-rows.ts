// Turns validated seed records into the row parameters the cypher/load/*.cypher files take.
import neo4j from 'neo4j-driver';
import { casualtyRange, type CasualtyFigure } from '../model/casualty-range.js';
import { parsePartialDate } from '../model/dates.js';
import { momentaryTypes, nodeKinds, nodeLabels, relationshipTypeNames, type NodeLabel, type PropSpec } from '../model/model.js';
import { validityOf } from '../model/validity.js';
import { searchKeys } from '../model/search-keys.js';
import { searchTextProps } from '../search/fields.js';
import type { Evidence } from './schemas.js';
import type { Seed } from './read-seed.js';

type Props = Record<string, unknown>;

const toDate = (iso: string) => neo4j.types.Date.fromStandardDate(new Date(`${iso}T00:00:00Z`));

function evidenceProps(evidence: Evidence[]): Props {
  return { sourceIds: evidence.map((e) => e.source), quotes: evidence.map((e) => e.quote) };
}

/** A date property as the text gives it, plus the Neo4j Dates it can mean and its precision. */
export function dateProps(name: string, value: unknown): Props {
  if (value == null) return {};
  const d = parsePartialDate(String(value))!;
  return { [name]: d.text, [`${name}Start`]: toDate(d.start), [`${name}End`]: toDate(d.end), [`${name}Precision`]: d.precision };
}

export interface NodeBatch {
  label: NodeLabel;
  rows: { id: string; props: Props }[];
}

export function nodeBatches(seed: Seed): NodeBatch[] {
  return nodeLabels.map((label) => ({
    label,
    rows: seed.nodes[label].map((rec) => {
      const r = rec as Record<string, unknown>;
      const props: Props = {
        id: rec.id,
        name: rec.name,
        aliases: rec.aliases,
        description: rec.description,
        searchKeys: searchKeys([rec.name, ...rec.aliases]),
        ...evidenceProps(rec.evidence),
      };
      if (rec.note) props.note = rec.note;
      for (const [key, spec] of Object.entries(nodeKinds[label].properties) as [string, PropSpec][]) {
        if (r[key] == null || spec.type === 'casualtyReports') continue;
        Object.assign(props, spec.type === 'date' ? dateProps(key, r[key]) : { [key]: r[key] });
      }
      Object.assign(props, searchTextProps(label, r));
      if (label === 'Attack') {
        Object.assign(props, casualtySummary(r.casualtyReports as CasualtyReport[] | undefined));
        // The records that duplicate this one, so the attack listed once still shows the other reading.
        const dups = seed.nodes.Attack.filter((d) => (d as { duplicateOf?: string | null }).duplicateOf === rec.id).map((d) => d.id);
        if (dups.length) props.duplicateIds = dups;
      }
      return { id: rec.id, props };
    }),
  }));
}

interface CasualtyReport {
  figures: CasualtyFigure[];
  basis: string;
  confidence: string;
  reportedBy: string;
  note?: string | null;
  evidence: Evidence[];
}

/** Low / best / high over the reports (src/model/casualty-range.ts), so attacks can be filtered and sorted by casualties. */
function casualtySummary(reports: CasualtyReport[] = []): Props {
  const figures = reports.map((r) => r.figures);
  const killed = casualtyRange(figures, 'killed');
  const wounded = casualtyRange(figures, 'wounded');
  return {
    killedMin: killed.low,
    killedBest: killed.best,
    killedMax: killed.high,
    killedSummedParts: killed.summedParts,
    killedReportCount: killed.reportCount,
    woundedMin: wounded.low,
    woundedBest: wounded.best,
    woundedMax: wounded.high,
    woundedSummedParts: wounded.summedParts,
    woundedReportCount: wounded.reportCount,
    casualtyReportCount: reports.length,
  };
}

/** The one figure a report states for an outcome's victims, if exactly one (never a sum of parts). */
function single(figures: CasualtyFigure[], outcome: string): CasualtyFigure | undefined {
  const victims = figures.filter((f) => f.outcome === outcome && f.category === 'victims');
  return victims.length === 1 ? victims[0] : undefined;
}

/** Figures as one JSON text: Neo4j properties hold no maps, and parallel lists would need blanks for absent qualifiers. */
function figureProps(figures: CasualtyFigure[]): Props {
  return { figures: JSON.stringify(figures.map((f) => ({ ...f, qualifier: f.qualifier ?? null, who: f.who ?? null }))) };
}

export function casualtyReportRows(seed: Seed): { attackId: string; id: string; props: Props }[] {
  return seed.nodes.Attack.flatMap((a) =>
    ((a as { casualtyReports?: CasualtyReport[] | null }).casualtyReports ?? []).map((r, i) => {
      const id = `${a.id}/report-${i + 1}`;
      const props: Props = {
        id,
        ordinal: i + 1,
        basis: r.basis,
        confidence: r.confidence,
        reportedBy: r.reportedBy,
        ...figureProps(r.figures),
        ...evidenceProps(r.evidence),
      };
      if (r.note != null) props.note = r.note;
      // killed / wounded: the report's single stated victims figure, for readers of the plain properties.
      const k = single(r.figures, 'killed');
      const w = single(r.figures, 'wounded');
      if (k) Object.assign(props, { killed: k.count, ...(k.qualifier ? { killedQualifier: k.qualifier } : {}) });
      if (w) Object.assign(props, { wounded: w.count, ...(w.qualifier ? { woundedQualifier: w.qualifier } : {}) });
      return { attackId: a.id, id, props };
    }),
  );
}

export interface RelationshipBatch {
  type: string;
  rows: { id: string; start: string; end: string; props: Props }[];
}

const relationshipScalarProps = [
  'ordinal',
  'ended',
  'role',
  'attribution',
  'designationType',
  'legalBasis',
  'note',
  'accordingTo',
  'fromDerived',
  'fromReason',
  'toDerived',
  'toReason',
] as const;

/** The relationship's validity (src/model/validity.ts): its kind, and each side's earliest and latest day as Neo4j Dates. */
function validityProps(r: Record<string, unknown>, momentary: boolean): Props {
  const v = validityOf(r, momentary);
  const props: Props = { validity: v.kind };
  for (const k of ['fromEarliest', 'fromLatest', 'toEarliest', 'toLatest'] as const) if (v[k]) props[k] = toDate(v[k]);
  if (v.fromPrecision) props.fromPrecision = v.fromPrecision;
  if (v.toPrecision) props.toPrecision = v.toPrecision;
  return props;
}

export function relationshipBatches(seed: Seed): RelationshipBatch[] {
  return relationshipTypeNames
    .map((type) => ({
      type,
      rows: seed.relationships
        .filter((r) => r.type === type)
        .map((r) => {
          const rec = r as Record<string, unknown>;
          // The ends' ids too: a hub pages its edges by them from an index (src/model/schema-cypher.ts, pageEnds).
          const props: Props = { id: r.id, startId: r.start, endId: r.end, confidence: r.confidence, ...evidenceProps(r.evidence) };
          if (r.from != null) Object.assign(props, { from: String(r.from), validFrom: toDate(parsePartialDate(String(r.from))!.start) });
          if (r.to != null) Object.assign(props, { to: String(r.to), validTo: toDate(parsePartialDate(String(r.to))!.end) });
          for (const k of relationshipScalarProps) if (rec[k] != null) props[k] = rec[k];
          Object.assign(props, validityProps(rec, momentaryTypes.has(type)));
          return { id: r.id, start: r.start, end: r.end, props };
        }),
    }))
    .filter((b) => b.rows.length > 0);
}
