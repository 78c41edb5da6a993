// Nested levels folded into the root statement (issue 9): a root field that lists entities (entity, attacks, the
// kinds' lists, claims) reads its request's selection below it and asks for the linked entities too — an
// attack's perpetrators, places and their parents, casualty reports, a claim's makers, an entity's relationships
// with both ends, to any depth — as COLLECT subqueries of the same statement. One round trip instead of one per
// level, and each level projected to the fields it selects. The resolvers of those fields read the folded answer
// (foldedAt) and fall back to their batch loaders when a root did not fold (search, paths, timeline, …).
//
// The Cypher text depends only on which fields are selected and on the relationship types asked for, never on other
// values: labels and properties come from the fixed table below and the model, the types are validated model names
// (so Neo4j expands and counts only those; each set of types is its own plan, 150-240 ms to make at first); aliases
// are never written into the text (links are keyed l0, l1, … and zipped back on this side); every value is a parameter.
import type { GraphQLResolveInfo } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Context, LinkKey } from './context.js';
import { toEdgeFrom, toEntity, unproject, unprojectRel, type EdgeObject, type EntityObject, type Props } from './records.js';
import { fromSelection, selectionsAt } from './selection.js';
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
      /** The end that is the entity itself (from when OUT, to when IN, either when BOTH): read once, not per edge. */
      self: NodePlan;
      /** The other end, the only one read for each edge. */
      other: NodePlan;
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
      const from = nodePlan(below(edges, 'from'), hubPageDegree, sentence);
      const to = nodePlan(below(edges, 'to'), hubPageDegree, sentence);
      const [self, other] = params.direction === 'OUT' ? [from, to] : params.direction === 'IN' ? [to, from] : [merged(from, to), merged(from, to)];
      links.push({
        key,
        kind: 'relationships',
        params,
        rel: relPropsFor(edges.flatMap(children).map(({ f: x }) => x.name)),
        self,
        other,
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
  // The ends of its relationships that are the entity itself are served by it, so it reads their properties too.
  const selfProps = links.flatMap((l) => (l.kind === 'relationships' ? l.self.props : []));
  return { props: union(propsForFields([...fields.map(({ f }) => f.name), ...extraProps]), selfProps), links };
}

/**
 * One plan for the two ends of an undirected page (either may be the entity itself): their properties and links
 * together. A link key selected at both ends with different selections cannot be served by one entity: not folded.
 */
function merged(a: NodePlan, b: NodePlan): NodePlan {
  const links = [...a.links];
  for (const l of b.links) {
    const same = links.find((x) => x.key === l.key);
    if (!same) links.push(l);
    else if (JSON.stringify(same) !== JSON.stringify(l)) throw new NotFoldable();
  }
  return { props: union(a.props, b.props), links };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/**
 * The plan for the entities at `path` below the field being resolved: their properties and what to fold below
 * them (nothing when the API was made with `fold: false`, the escape hatch the tests compare against).
 */
export function foldPlan(ctx: Pick<Context, 'fold' | 'hubPageDegree'>, info: GraphQLResolveInfo, path: readonly string[]): NodePlan {
  // Made once per selection and kept with it (selection.ts), so foldInto's text is kept with the plan too.
  return fromSelection(info, `fold ${path.join('.')} ${ctx.hubPageDegree} ${ctx.fold}`, () => planAt(ctx, info, path));
}

function planAt(ctx: Pick<Context, 'fold' | 'hubPageDegree'>, info: GraphQLResolveInfo, path: readonly string[]): NodePlan {
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

// The folded answer is lists, not maps: Bolt sends a map's keys with every value, and decoding them was the
// largest part of the API's CPU time on nested requests (a 4-level request: 23 KB → 12.6 KB, 6.0 → 4.2 ms for the
// statement alone). The shapes, zipped back below:
//   entity          [labels, values, links]      values in the order of plan.props; links in the order of plan.links
//   link            [[rel, node], …]             rel is [type, values] (or the whole map when plan.rel is null)
//   parents         [entity, …]
//   relationships   [page, total, hub, selfLinks]   page: [[rel, other end, entity is start (undirected only)], …]

/** The projection of the entity in `v`: its selected properties and everything folded below it. */
function nodeProjection(plan: NodePlan, v: string, p: FoldParams): string {
  const parts = [`labels(${v})`, `[k IN ${p.add(plan.props)} | ${v}[k]]`];
  if (plan.links.length) parts.push(linksProjection(plan.links, v, p));
  return `[${parts.join(', ')}]`;
}

const linksProjection = (links: LinkPlan[], v: string, p: FoldParams) => `[${links.map((l) => linkProjection(l, v, p)).join(', ')}]`;

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
    return `COLLECT { MATCH ${pattern} WITH ${r}, ${m} ORDER BY coalesce(${r}.ordinal, ${m}.ordinal, 0), ${r}.validFrom, ${m}.id RETURN [${relProjection(l.rel, r, p)}, ${nodeProjection(l.node, m, p)}] }`;
  }
  // Relationships: the validated types (model names, see args.ts) go into the pattern so Neo4j expands only those.
  // Every relationship but an attack's casualty reports joins two entities, so the other end is never read to
  // match: a type test stands in for its label (on a hub that is one node read saved per edge).
  const q = l.params;
  const types = q.types ? `:${q.types.join('|')}` : '';
  const arrow = (rel: string, end = '') =>
    q.direction === 'OUT' ? `(${v})-[${rel}]->(${end})` : q.direction === 'IN' ? `(${v})<-[${rel}]-(${end})` : `(${v})-[${rel}]-(${end})`;
  const conditions = [
    ...(q.types ? [] : [`type(${r}) <> '${CASUALTY_REPORT.relationship}'`]),
    ...(q.asOf ? [asOfCondition(r, p.add(q.asOf), q.includeUncertain)] : []),
  ];
  const when = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  // Without a date the count is the node's degree by type and direction, which Neo4j keeps: no edge is read.
  const total = !l.total
    ? 'null'
    : q.asOf
      ? `COUNT { MATCH ${arrow(`${r}${types}`)}${when} }`
      : q.types
        ? `COUNT { ${arrow(`${types}`)} }`
        : `COUNT { ${arrow('')} } - COUNT { ${arrow(`:${CASUALTY_REPORT.relationship}`)} }`;
  // A hub's page is not folded (the guard keeps its edges unread); the resolver pages it from the indexes.
  const hub = l.hub === null ? null : { degree: `COUNT { ${arrow(types)} }`, limit: p.add(l.hub) };
  const guard = hub ? `WITH ${v} WHERE ${hub.degree} <= ${hub.limit} ` : '';
  // Each edge sends its other end only; the entity serves as its own end (its properties include that end's, see
  // nodePlan), and what is folded below that end is read once, beside the page.
  const o = p.variable();
  const start = q.direction === 'BOTH' ? `, startNode(${r}) = ${v}` : '';
  const page =
    `COLLECT { ${guard}MATCH ${arrow(`${r}${types}`, o)}${when} WITH ${r}, ${o} ORDER BY ${r}.validFrom, type(${r}), ${r}.id SKIP ${p.add(q.offset)} LIMIT ${p.add(q.first)}` +
    ` RETURN [${relProjection(l.rel, r, p)}, ${nodeProjection(l.other, o, p)}${start}] }`;
  const selfLinks = l.self.links.length ? linksProjection(l.self.links, v, p) : 'null';
  // The count only when the request asks for it (totalCount, pageInfo).
  return `[${page}, ${total}, ${hub ? `${hub.degree} > ${hub.limit}` : 'false'}, ${selfLinks}]`;
}

/** Known on the day (or, with includeUncertain, may hold): the rule of cypher/queries/relationships.cypher. */
function asOfCondition(r: string, asOf: string, includeUncertain: boolean): string {
  const known = `(${r}.fromLatest <= ${asOf} AND ${asOf} <= ${r}.toEarliest)`;
  return includeUncertain ? `(${known} OR (coalesce(${r}.fromEarliest <= ${asOf}, true) AND coalesce(${asOf} <= ${r}.toLatest, true)))` : known;
}

/** A relationship's type and selected properties (`[type, values]`), or its whole map. */
function relProjection(props: string[] | null, r: string, p: FoldParams): string {
  return props ? `[type(${r}), [k IN ${p.add(props)} | ${r}[k]]]` : `${r} {.*, type: type(${r})}`;
}

type Row = unknown[];
const relOf = (raw: unknown, props: readonly string[] | null) =>
  props ? unprojectRel({ type: (raw as Row)[0], values: (raw as Row)[1] }, props) : unprojectRel(raw as Props, null);

/**
 * An entity from its folded projection, with what was folded below it kept for the fields' resolvers; a root
 * whose plan folds nothing keeps its statement's standard projection (a map, see foldInto).
 */
export function unfold(plan: NodePlan, raw: Props | Row): EntityObject {
  if (!Array.isArray(raw)) return toEntity(raw, plan.props);
  const [labels, values, links] = raw as [string[], unknown[], Row | undefined];
  const entity = toEntity({ labels, values }, plan.props);
  if (plan.links.length) foldedBelow.set(entity, unfoldLinks(plan.links, links!, entity));
  return entity;
}

function unfoldLinks(links: LinkPlan[], values: Row, entity: EntityObject): Folded {
  return new Map(links.map((l, i) => [l.key, unfoldLink(l, values[i], entity)]));
}

function unfoldLink(l: LinkPlan, value: unknown, entity: EntityObject): unknown {
  if (l.kind === 'parents') return (value as Row[]).map((x) => unfold(l.node, x));
  if (l.kind === 'link') {
    return (value as Row[]).map(([rel, node]) => ({
      rel: relOf(rel, l.rel),
      node: l.entity ? unfold(l.node, node as Row) : unproject({ labels: (node as Row)[0] as string[], values: (node as Row)[1] as unknown[] }, l.node.props),
    }));
  }
  const [page, total, hub, selfLinks] = value as [Row[], number | null, boolean, Row | null];
  // Nothing folded: the field's resolver loads a hub's page (src/graphql/hub-pages.ts).
  if (hub) return undefined;
  // The entity serves as its own end; a copy when something is folded below that end, which is not the entity's own.
  let self = entity;
  if (selfLinks) foldedBelow.set((self = { ...entity }), unfoldLinks(l.self.links, selfLinks, self));
  const outward = l.params.direction === 'OUT';
  const edges = page.map(([rel, end, isStart]) => {
    const other = unfold(l.other, end as Row);
    const [from, to] = outward || isStart === true ? [self, other] : [other, self];
    return toEdgeFrom(relOf(rel, l.rel), from, to);
  });
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
  // Kept with the plan, for the few statements one selection is folded into (a list's text varies with its filter).
  let texts = foldedTexts.get(plan);
  if (!texts) foldedTexts.set(plan, (texts = new LRUCache({ max: 16 })));
  const key = `${v} ${text}`;
  let folded = texts.get(key);
  if (!folded) texts.set(key, (folded = foldText(text, v, plan)));
  return folded;
}
const foldedTexts = new WeakMap<NodePlan, LRUCache<string, { text: string; params: Record<string, unknown> }>>();

function foldText(text: string, v: string, plan: NodePlan): { text: string; params: Record<string, unknown> } {
  const standard = `{labels: labels(${v}), values: [k IN $props | ${v}[k]]}`;
  const at = text.indexOf(standard);
  if (at < 0 || text.indexOf(standard, at + 1) >= 0) throw new Error(`expected one projection of ${v} in the statement`);
  const p = new FoldParams();
  const projection = nodeProjection(plan, v, p);
  return { text: text.slice(0, at) + projection + text.slice(at + standard.length), params: p.values };
}
