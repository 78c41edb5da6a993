// Nested levels folded into the root statement (issue 9): a root field that lists entities (entity, attacks, the
// kinds' lists, claims) reads its request's selection below it and asks for the linked entities too — an
// attack's perpetrators, places and their parents, casualty reports, a claim's makers, an entity's relationships
// with both ends, to any depth — as COLLECT subqueries of the same statement. One round trip instead of one per
// level, and each level projected to the fields it selects. The resolvers of those fields read the folded answer
// (foldedAt) and fall back to their batch loaders when a root did not fold (search, paths, timeline, …).
//
// The Cypher text depends only on which fields are selected, never on values: relationship types, labels and
// properties come from the fixed table below and the model; aliases are never written into the text (links are
// keyed l0, l1, … and zipped back on this side); every value is a parameter.
import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Context, LinkKey } from './context.js';
import { projectedEdge, toEntity, unproject, unprojectRel, type EdgeObject, type EntityObject, type ProjectedNode, type Props } from './records.js';
import { selectionsAt } from './selection.js';
import { propsForFields, relPropsFor } from '../model/field-needs.js';
import { CASUALTY_REPORT } from '../model/model.js';
import { relationshipParams, type RelationshipParams } from './resolvers/relationship-params.js';
import { sentenceNeeds } from './sentences.js';
import { hubPageable } from './hub-pages.js';

/** The link fields of the entity types, as the resolvers in resolvers/entity-fields.ts serve them. */
const linkFields: Record<string, { label: string; type: string; direction: LinkKey['direction']; at: string[]; entity: boolean }> = {
  perpetrators: { label: 'Attack', type: 'PERPETRATED', direction: 'IN', at: ['entity'], entity: true },
  places: { label: 'Attack', type: 'OCCURRED_AT', direction: 'OUT', at: [], entity: true },
  targets: { label: 'Attack', type: 'TARGETED', direction: 'OUT', at: [], entity: true },
  casualtyReports: { label: 'Attack', type: 'HAS_CASUALTY_REPORT', direction: 'OUT', at: [], entity: false },
  estimators: { label: 'Estimate', type: 'ESTIMATED', direction: 'IN', at: [], entity: true },
  subjects: { label: 'Estimate', type: 'ABOUT', direction: 'OUT', at: [], entity: true },
  madeBy: { label: 'Claim', type: 'MADE_CLAIM', direction: 'IN', at: ['entity'], entity: true },
  about: { label: 'Claim', type: 'ABOUT', direction: 'OUT', at: [], entity: true },
};

export interface NodePlan {
  props: string[];
  links: LinkPlan[];
}
type LinkPlan = { key: string } & (
  | { kind: 'link'; field: string; rel: string[] | null; node: NodePlan; entity: boolean }
  | { kind: 'parents'; node: NodePlan }
  | {
      kind: 'relationships';
      params: RelationshipParams;
      rel: string[] | null;
      from: NodePlan;
      to: NodePlan;
      total: boolean;
      /** Above this degree the node is a hub: not folded, its page comes from the page indexes (hub-pages.ts). */
      hub: number | null;
    }
);

/** A folded relationships page, as the loader of Entity.relationships gives it. */
export interface FoldedPage {
  totalCount: number;
  page: EdgeObject[];
}
export type Folded = Map<string, unknown>;

// What was folded below each entity object, beside it rather than on it (no hidden property, no copy by spreads).
const foldedBelow = new WeakMap<object, Folded>();
const children = (t: ResolveTree) => Object.entries(t.fieldsByTypeName).flatMap(([type, byAlias]) => Object.values(byAlias).map((f) => ({ type, f })));
const below = (trees: ResolveTree[], name: string) =>
  trees
    .flatMap(children)
    .filter(({ f }) => f.name === name)
    .map(({ f }) => f);

/** Thrown while planning when a selection is one this module does not fold; the request then runs unfolded. */
class NotFoldable extends Error {}

function nodePlan(trees: ResolveTree[], hubPageDegree: number, extraProps: readonly string[] = []): NodePlan {
  const fields = trees.flatMap(children);
  const props = propsForFields([...fields.map(({ f }) => f.name), ...extraProps]);
  const links: LinkPlan[] = [];
  const seen = new Set<string>();
  for (const { type, f } of fields) {
    if (!(f.name in linkFields) && f.name !== 'parents' && f.name !== 'relationships') continue;
    // The same answer key under two type conditions, or two selections of these entities (aliased `edges`),
    // would merge their selections in GraphQL: not folded, the loaders answer.
    if (seen.has(f.alias) || trees.length > 1) throw new NotFoldable();
    seen.add(f.alias);
    const key = `${type}.${f.alias}`;
    if (f.name === 'parents') links.push({ key, kind: 'parents', node: nodePlan([f], hubPageDegree) });
    else if (f.name === 'relationships') {
      const edges = below(below([f], 'edges'), 'node');
      const sentence = edges.some((e) => below([e], 'sentence').length > 0) ? sentenceNeeds : [];
      const pageInfo = below([f], 'pageInfo').length > 0 || below([f], 'totalCount').length > 0;
      const params = relationshipParams(f.args as never);
      links.push({
        key,
        kind: 'relationships',
        params,
        rel: relPropsFor(edges.flatMap(children).map(({ f: x }) => x.name)),
        from: nodePlan(below(edges, 'from'), hubPageDegree, sentence),
        to: nodePlan(below(edges, 'to'), hubPageDegree, sentence),
        total: pageInfo,
        hub: hubPageable(params) ? hubPageDegree : null,
      });
    } else {
      const spec = linkFields[f.name]!;
      let at = [f];
      for (const name of spec.at) at = below(at, name);
      // Perpetrator and ClaimMaker read the relationship (attribution, evidence, date); the other links do not.
      const rel = spec.at.length ? relPropsFor(children(f).map(({ f: x }) => x.name)) : [];
      // Casualty reports are no entities but project the same way (their fields read their own properties).
      links.push({ key, kind: 'link', field: f.name, rel, node: nodePlan(at, hubPageDegree), entity: spec.entity });
    }
  }
  return { props, links };
}

/**
 * The plan for the entities at `path` below the field being resolved: their properties and what to fold below
 * them (nothing when the API was made with `fold: false`, the escape hatch the tests compare against).
 */
export function foldPlan(ctx: Pick<Context, 'fold' | 'hubPageDegree'>, info: GraphQLResolveInfo, path: readonly string[]): NodePlan {
  const trees = selectionsAt(info, path);
  try {
    if (!ctx.fold) throw new NotFoldable();
    return nodePlan(trees, ctx.hubPageDegree);
  } catch (e) {
    // A bad argument below (first: 0, a wrong cursor) is reported by that field's own resolver, at its path.
    if (e instanceof NotFoldable || (e as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT') {
      return { props: propsForFields(trees.flatMap(children).map(({ f }) => f.name)), links: [] };
    }
    throw e;
  }
}

/** Parameters of a folded statement: $f0, $f1, … in the order the text is written (the same selection, the same text). */
class FoldParams {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  add(value: unknown): string {
    const name = `f${this.n++}`;
    this.values[name] = value;
    return `$${name}`;
  }
  variable(): string {
    return `v${this.n++}`;
  }
}

/** The projection of the entity in `v`: its selected properties and, keyed l0, l1, …, everything folded below it. */
function nodeProjection(plan: NodePlan, v: string, p: FoldParams): string {
  const parts = [`labels: labels(${v})`, `values: [k IN ${p.add(plan.props)} | ${v}[k]]`];
  if (plan.links.length) parts.push(`links: {${plan.links.map((l, i) => `l${i}: ${linkProjection(l, v, p)}`).join(', ')}}`);
  return `{${parts.join(', ')}}`;
}

function linkProjection(l: LinkPlan, v: string, p: FoldParams): string {
  const m = p.variable();
  const r = p.variable();
  if (l.kind === 'parents') {
    // One shortest path to each containing place (no aggregation: the projection may sit in a list expression).
    // Every variable is new: a subquery may not shadow one of an enclosing scope.
    const [path, distance] = [p.variable(), p.variable()];
    return `COLLECT { MATCH ${path} = ANY SHORTEST (${v}:Place)-[:PART_OF]->+(${m}:Place) WITH ${m}, length(${path}) AS ${distance} ORDER BY ${distance}, ${m}.id RETURN ${nodeProjection(l.node, m, p)} }`;
  }
  if (l.kind === 'link') {
    const spec = linkFields[l.field]!;
    const pattern = spec.direction === 'OUT' ? `(${v}:${spec.label})-[${r}:${spec.type}]->(${m})` : `(${v}:${spec.label})<-[${r}:${spec.type}]-(${m})`;
    return `COLLECT { MATCH ${pattern} WITH ${r}, ${m} ORDER BY coalesce(${r}.ordinal, ${m}.ordinal, 0), ${r}.validFrom, ${m}.id RETURN {rel: ${relProjection(l.rel, r, p)}, node: ${nodeProjection(l.node, m, p)}} }`;
  }
  // Relationships: the validated types (model names, see args.ts) go into the pattern so Neo4j expands only those.
  // Every relationship but an attack's casualty reports joins two entities, so the other end is never read: a type
  // test stands in for its label (on a hub that is one node read saved per edge).
  const q = l.params;
  const types = q.types ? `:${q.types.join('|')}` : '';
  const arrow = (rel: string) => (q.direction === 'OUT' ? `(${v})-[${rel}]->()` : q.direction === 'IN' ? `(${v})<-[${rel}]-()` : `(${v})-[${rel}]-()`);
  const pattern = arrow(`${r}${types}`);
  const conditions = [
    ...(q.types ? [] : [`type(${r}) <> '${CASUALTY_REPORT.relationship}'`]),
    ...(q.asOf ? [asOfCondition(r, p.add(q.asOf), q.includeUncertain)] : []),
  ];
  const when = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  // Without a date the count is the node's degree by type and direction, which Neo4j keeps: no edge is read.
  const total = !l.total
    ? 'null'
    : q.asOf
      ? `COUNT { MATCH ${pattern}${when} }`
      : q.types
        ? `COUNT { ${arrow(`${types}`)} }`
        : `COUNT { ${arrow('')} } - COUNT { ${arrow(`:${CASUALTY_REPORT.relationship}`)} }`;
  // A hub's page is not folded (the guard keeps its edges unread); the resolver pages it from the indexes.
  const hub = l.hub === null ? null : { degree: `COUNT { ${arrow(types)} }`, limit: p.add(l.hub) };
  const guard = hub ? `WITH ${v} WHERE ${hub.degree} <= ${hub.limit} ` : '';
  const s = p.variable();
  const e = p.variable();
  const page =
    `COLLECT { ${guard}MATCH ${pattern}${when} WITH ${r} ORDER BY ${r}.validFrom, type(${r}), ${r}.id SKIP ${p.add(q.offset)} LIMIT ${p.add(q.first)}` +
    ` WITH ${r}, startNode(${r}) AS ${s}, endNode(${r}) AS ${e}` +
    ` RETURN {rel: ${relProjection(l.rel, r, p)}, start: ${nodeProjection(l.from, s, p)}, end: ${nodeProjection(l.to, e, p)}} }`;
  // The count only when the request asks for it (totalCount, pageInfo).
  return `{page: ${page}, total: ${total}, hub: ${hub ? `${hub.degree} > ${hub.limit}` : 'false'}}`;
}

/** Known on the day (or, with includeUncertain, may hold): the rule of cypher/queries/relationships.cypher. */
function asOfCondition(r: string, asOf: string, includeUncertain: boolean): string {
  const known = `(${r}.fromLatest <= ${asOf} AND ${asOf} <= ${r}.toEarliest)`;
  return includeUncertain ? `(${known} OR (coalesce(${r}.fromEarliest <= ${asOf}, true) AND coalesce(${asOf} <= ${r}.toLatest, true)))` : known;
}

/** A relationship's selected properties and its type (`values`, zipped back by unprojectRel), or its whole map. */
function relProjection(props: string[] | null, r: string, p: FoldParams): string {
  return props ? `{type: type(${r}), values: [k IN ${p.add(props)} | ${r}[k]]}` : `${r} {.*, type: type(${r})}`;
}

/** An entity from its folded projection, with what was folded below it kept for the fields' resolvers. */
export function unfold(plan: NodePlan, raw: Props): EntityObject {
  const entity = toEntity(raw, plan.props);
  if (plan.links.length) {
    const links = raw.links as Record<string, unknown>;
    const folded: Folded = new Map(plan.links.map((l, i) => [l.key, unfoldLink(l, links[`l${i}`])]));
    foldedBelow.set(entity, folded);
  }
  return entity;
}

function unfoldLink(l: LinkPlan, value: unknown): unknown {
  if (l.kind === 'parents') return (value as Props[]).map((x) => unfold(l.node, x));
  if (l.kind === 'link') {
    return (value as { rel: Props; node: Props }[]).map((x) => ({
      rel: unprojectRel(x.rel, l.rel),
      node: l.entity ? unfold(l.node, x.node) : unproject(x.node as unknown as ProjectedNode, l.node.props),
    }));
  }
  const { page, total, hub } = value as { page: { rel: Props; start: Props; end: Props }[]; total: number | null; hub: boolean };
  // Nothing folded: the field's resolver loads a hub's page (src/graphql/hub-pages.ts).
  if (hub) return undefined;
  const edges = page.map((x) => projectedEdge(x.rel, l.rel, unfold(l.from, x.start), unfold(l.to, x.end)));
  // Without a count asked for, the page's own size stands in (nothing reads it then but connection()).
  return { totalCount: total ?? l.params.offset + edges.length, page: edges } satisfies FoldedPage;
}

/** What the root folded for this field of this entity, or undefined (then the field loads it itself). */
export function foldedAt<T>(parent: object, info: GraphQLResolveInfo): T | undefined {
  const folded = foldedBelow.get(parent);
  if (!folded) return undefined;
  const key = String(info.path.key);
  return (folded.get(`${info.parentType.name}.${key}`) ?? folded.get(`Entity.${key}`)) as T | undefined;
}

/**
 * A root statement with its standard projection of `v` (`{labels: labels(v), values: [k IN $props | v[k]]}`, as the
 * cypher files write it, so they stay runnable in Browser) replaced by the folded one, and the parameters it adds.
 */
export function foldInto(text: string, v: string, plan: NodePlan): { text: string; params: Record<string, unknown> } {
  if (plan.links.length === 0) return { text, params: {} };
  const standard = `{labels: labels(${v}), values: [k IN $props | ${v}[k]]}`;
  const at = text.indexOf(standard);
  if (at < 0 || text.indexOf(standard, at + 1) >= 0) throw new Error(`expected one projection of ${v} in the statement`);
  const p = new FoldParams();
  const projection = nodeProjection(plan, v, p);
  return { text: text.slice(0, at) + projection + text.slice(at + standard.length), params: p.values };
}
