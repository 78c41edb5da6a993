// Fields of the entity types and of edges: evidence, dates, and the batched links
// (Attack.perpetrators, Claim.madeBy, Place.parents, …): one query per level, never one per item.
import type { GraphQLResolveInfo } from 'graphql';
import { casualtyRangeRule, type CasualtyFigure } from '../../model/casualty-range.js';
import { parsePartialDate } from '../../model/dates.js';
import type { Context, Link, LinkKey } from '../context.js';
import { foldedAt } from '../fold.js';
import type { EdgeObject, EntityObject, Props } from '../records.js';
import { entityProps, fieldsAt, fromSelection } from '../selection.js';
import { edgeSentence } from '../sentences.js';

interface WithEvidence {
  sourceIds?: string[];
  quotes?: string[];
}

/** A value now or later: the folded answers are at hand, and GraphQL completes a plain value without a promise per field. */
type Maybe<T> = T | Promise<T>;
const then = <T, U>(v: Maybe<T>, f: (t: T) => U): Maybe<U> => (v instanceof Promise ? v.then(f) : f(v));

/** Evidence from parallel sourceIds / quotes lists; the sources are read only when more than their ids is selected. */
export function evidence(parent: WithEvidence, _: unknown, ctx: Context, info?: GraphQLResolveInfo) {
  const ids = parent.sourceIds ?? [];
  if (ids.length === 0) return [];
  const quote = (i: number) => parent.quotes?.[i] ?? '';
  if (info && fromSelection(info, 'evidence: source ids only', () => [...fieldsAt(info, ['source'])].every((f) => f === 'id' || f === '__typename')))
    return ids.map((id, i) => ({ source: { id }, quote: quote(i) }));
  return ctx.sources().then((sources) => ids.map((id, i) => ({ source: sources.get(id) ?? { id, title: id, publisher: 'unknown' }, quote: quote(i) })));
}

/** A report's figures, from the JSON text the loader stores (src/seed/to-rows.ts). */
function casualtyFigures(r: Props) {
  const figures = JSON.parse(typeof r.figures === 'string' ? r.figures : '[]') as CasualtyFigure[];
  return figures.map((f) => ({ ...f, outcome: f.outcome.toUpperCase().replaceAll('-', '_'), category: f.category.toUpperCase() }));
}

/** An attack's derived range as stored by the loader, with the rule that derived it. */
function storedRange(e: EntityObject, outcome: 'killed' | 'wounded') {
  const n = (k: string) => (e[`${outcome}${k}`] == null ? null : Number(e[`${outcome}${k}`]));
  return {
    low: n('Min'),
    best: n('Best'),
    high: n('Max'),
    reportCount: n('ReportCount') ?? 0,
    summedParts: e[`${outcome}SummedParts`] === true,
    rule: casualtyRangeRule,
  };
}

function partialDate(value: unknown) {
  if (value == null) return null;
  const d = parsePartialDate(String(value));
  return d ? { text: d.text, precision: d.precision, start: d.start, end: d.end } : null;
}

// `at` is where the linked entity sits below the field (Perpetrator.entity: ['entity']), for its projection.
// The root's statement may have folded the links in already (fold.ts); else one batch per level.
const linked =
  (type: string, direction: LinkKey['direction'], at: string[] = []) =>
  (parent: EntityObject, _: unknown, ctx: Context, info: GraphQLResolveInfo): Maybe<Link[]> =>
    foldedAt<Link[]>(parent, info) ?? ctx.links.load({ id: parent.id, type, direction, props: entityProps(info, at) });
const nodesOf = (type: string, direction: LinkKey['direction']) => (parent: EntityObject, a: unknown, ctx: Context, info: GraphQLResolveInfo) =>
  then(linked(type, direction)(parent, a, ctx, info), (links) => links.map((l) => l.node));

const common = {
  kind: (e: EntityObject) => e.label.toUpperCase(),
  aliases: (e: EntityObject) => e.aliases ?? [],
  description: (e: EntityObject) => e.description ?? '',
  evidence,
};

export const entityTypeResolvers = {
  Entity: { __resolveType: (e: EntityObject) => e.label },
  Person: { ...common, born: (e: EntityObject) => partialDate(e.born) },
  Group: common,
  Community: common,
  Finance: common,
  Source: common,
  Place: {
    ...common,
    parents: (e: EntityObject, _: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      foldedAt<EntityObject[]>(e, info) ?? ctx.placeParents.load({ id: e.id, props: entityProps(info) }),
  },
  Event: { ...common, date: (e: EntityObject) => partialDate(e.date) },
  Publication: { ...common, date: (e: EntityObject) => partialDate(e.date) },
  Attack: {
    ...common,
    date: (e: EntityObject) => partialDate(e.date),
    casualtyReports: nodesOf('HAS_CASUALTY_REPORT', 'OUT'),
    perpetrators: (e: EntityObject, a: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      then(linked('PERPETRATED', 'IN', ['entity'])(e, a, ctx, info), (links) =>
        links.map((l) => ({
          ...l.rel,
          entity: l.node,
          attribution: String(l.rel.attribution ?? 'attributed').toUpperCase(),
        })),
      ),
    killedRange: (e: EntityObject) => storedRange(e, 'killed'),
    woundedRange: (e: EntityObject) => storedRange(e, 'wounded'),
    places: nodesOf('OCCURRED_AT', 'OUT'),
    targets: nodesOf('TARGETED', 'OUT'),
    duplicates: async (e: EntityObject, _: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      (await Promise.all(((e.duplicateIds as string[] | undefined) ?? []).map((id) => ctx.entitiesWith.load({ id, props: entityProps(info) })))).filter(
        (x): x is EntityObject => x !== null,
      ),
    duplicateOf: (e: EntityObject, _: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      e.duplicateOf ? ctx.entitiesWith.load({ id: e.duplicateOf as string, props: entityProps(info) }) : null,
  },
  Estimate: {
    ...common,
    date: (e: EntityObject) => partialDate(e.date),
    estimators: nodesOf('ESTIMATED', 'IN'),
    subjects: nodesOf('ABOUT', 'OUT'),
  },
  Claim: {
    ...common,
    date: (e: EntityObject) => partialDate(e.date),
    madeBy: (e: EntityObject, a: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      then(linked('MADE_CLAIM', 'IN', ['entity'])(e, a, ctx, info), (links) =>
        links.map((l) => ({
          ...l.rel,
          entity: l.node,
          date: l.rel.from ?? null,
          note: l.rel.note ?? null,
        })),
      ),
    about: nodesOf('ABOUT', 'OUT'),
  },
  CasualtyReport: {
    evidence,
    figures: casualtyFigures,
    basis: (r: Props) =>
      String(r.basis ?? 'source')
        .toUpperCase()
        .replaceAll('-', '_'),
    confidence: (r: Props) => String(r.confidence ?? 'medium').toUpperCase(),
    reportedBy: (r: Props) => r.reportedBy ?? '',
  },
  Perpetrator: { evidence },
  ClaimMaker: { evidence },
  Tenure: { evidence },
  Designation: { evidence },
  Edge: {
    confidence: (e: EdgeObject) => String(e.confidence ?? 'medium').toUpperCase(),
    attribution: (e: EdgeObject) => (e.attribution ? String(e.attribution).toUpperCase() : null),
    sentence: edgeSentence,
    evidence,
  },
};
