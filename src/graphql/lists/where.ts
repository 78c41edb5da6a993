// Turns a list's `where` input into a Cypher predicate. Identifiers (labels, property names, relationship types)
// come only from the model (src/model/list-fields.ts); every value becomes a parameter. Unknown fields or operators
// are refused, and the filter's size is bounded so one request cannot build an unbounded predicate.
import neo4j from 'neo4j-driver';
import { confidenceLevels, nodeLabels, relationshipTypeNames, type NodeLabel } from '../../model/model.js';
import { linkedEntityFields, listFields, relationshipDateProperty, relationshipFields, type ListField } from '../../model/list-fields.js';
import { dateArg, echo } from '../args.js';
import { badInput } from '../errors.js';

type Input = Record<string, unknown>;

/** Bounds on one filter: operators in all, nesting of AND/OR/NOT/some/none, values in one `in` list, text length. */
export const WHERE_LIMITS = { operators: 40, depth: 5, inValues: 100, textLength: 200 } as const;

/** Collects parameters ($w0, $w1, …) and counts operators while a predicate is built. */
export class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  private operators = 0;
  private variables = 0;
  constructor(private readonly argument: string) {}
  add(value: unknown): string {
    const key = `w${this.n++}`;
    this.values[key] = value;
    return `$${key}`;
  }
  /** A fresh number for the variables of one EXISTS subquery. */
  variable(): number {
    return this.variables++;
  }
  count(path: string) {
    if (++this.operators > WHERE_LIMITS.operators) throw badInput(this.argument, `has more than ${WHERE_LIMITS.operators} conditions (at ${path})`);
  }
  fail(path: string, message: string): never {
    throw badInput(`${this.argument}.${path}`, message);
  }
}

const byName = (fields: ListField[]) => new Map(fields.map((f) => [f.name, f]));
const kindFields = new Map(nodeLabels.map((l) => [l, byName(listFields(l))]));
const linkedFields = byName(linkedEntityFields);
const edgeFields = byName(relationshipFields());

const upperToStored = (values: readonly string[]) => new Map(values.map((v) => [v.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), v]));

function list(p: Params, path: string, value: unknown, each: (v: unknown) => unknown = (v) => v): unknown[] {
  if (!Array.isArray(value)) p.fail(path, `must be a list (got ${echo(value)})`);
  if (value.length > WHERE_LIMITS.inValues) p.fail(path, `may list at most ${WHERE_LIMITS.inValues} values (got ${value.length})`);
  return value.map(each);
}

function text(p: Params, path: string, value: unknown): string {
  if (typeof value !== 'string') p.fail(path, `must be a text (got ${echo(value)})`);
  if (value.length > WHERE_LIMITS.textLength) p.fail(path, `must be at most ${WHERE_LIMITS.textLength} characters`);
  return value;
}

function enumValue(p: Params, path: string, field: ListField, value: unknown): string {
  const stored = upperToStored(field.values!).get(String(value));
  if (stored === undefined) p.fail(path, `is not a ${field.enumName} (got ${echo(value)})`);
  return stored;
}

/** One field's operators, on `v.property`; date comparisons use the stored day span (dateStart/dateEnd). */
function fieldPredicates(p: Params, v: string, field: ListField, ops: Input, path: string, dateProps?: { start: string; end: string }): string[] {
  const prop = `${v}.${field.property}`;
  const out: string[] = [];
  for (const [op, value] of Object.entries(ops)) {
    if (value === undefined || value === null) continue;
    const at = `${path}.${op}`;
    p.count(at);
    const exists = (has: unknown) => `${field.type === 'date' && dateProps ? `${v}.${dateProps.start}` : prop} IS ${has ? 'NOT ' : ''}NULL`;
    switch (`${field.type}:${op}`) {
      case 'id:eq':
      case 'text:eq':
        out.push(`${prop} = ${p.add(text(p, at, value))}`);
        break;
      case 'id:in':
      case 'text:in':
        out.push(`${prop} IN ${p.add(list(p, at, value, (x) => text(p, at, x)))}`);
        break;
      case 'id:startsWith':
      case 'text:startsWith':
        out.push(`${prop} STARTS WITH ${p.add(text(p, at, value))}`);
        break;
      case 'text:endsWith':
        out.push(`${prop} ENDS WITH ${p.add(text(p, at, value))}`);
        break;
      case 'text:contains':
        out.push(`toLower(${prop}) CONTAINS toLower(${p.add(text(p, at, value))})`);
        break;
      case 'textList:includes':
        out.push(`${p.add(text(p, at, value))} IN coalesce(${prop}, [])`);
        break;
      case 'int:eq':
        out.push(`${prop} = ${p.add(neo4j.int(value as number))}`);
        break;
      case 'int:in':
        out.push(`${prop} IN ${p.add(list(p, at, value, (x) => neo4j.int(x as number)))}`);
        break;
      case 'int:gt':
      case 'int:gte':
      case 'int:lt':
      case 'int:lte':
        out.push(`${prop} ${comparison[op]} ${p.add(neo4j.int(value as number))}`);
        break;
      case 'date:eq':
        out.push(`${prop} = ${p.add(text(p, at, value))}`);
        break;
      case 'date:gt':
      case 'date:gte':
      case 'date:lt':
      case 'date:lte': {
        // A year or month may fall in the range: compare its last day for gt/gte, its first day for lt/lte.
        const stored = op.startsWith('g') ? dateProps!.end : dateProps!.start;
        out.push(`${v}.${stored} ${comparison[op]} ${p.add(dateArg(`${path}.${op}`, value))}`);
        break;
      }
      case 'enum:eq':
        out.push(`${prop} = ${p.add(enumValue(p, at, field, value))}`);
        break;
      case 'enum:in':
        out.push(`${prop} IN ${p.add(list(p, at, value, (x) => enumValue(p, at, field, x)))}`);
        break;
      case 'text:exists':
      case 'int:exists':
      case 'date:exists':
      case 'id:exists':
        out.push(exists(value));
        break;
      default:
        p.fail(at, `is not an operator of ${field.name}`);
    }
  }
  return out;
}

const comparison: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

const and = (parts: string[]) => (parts.length === 0 ? 'true' : parts.length === 1 ? parts[0]! : parts.map((x) => `(${x})`).join(' AND '));

/** The predicate of a kind's `where` on variable `v`. */
export function nodePredicate(p: Params, label: NodeLabel, v: string, where: Input | null | undefined, path = 'where', depth = 0): string {
  if (!where) return 'true';
  if (depth > WHERE_LIMITS.depth) p.fail(path, `nests more than ${WHERE_LIMITS.depth} levels`);
  const fields = kindFields.get(label)!;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    const at = `${path}.${key}`;
    if (key === 'AND' || key === 'OR') {
      const items = list(p, at, value).map((w, i) => nodePredicate(p, label, v, w as Input, `${at}[${i}]`, depth + 1));
      parts.push(key === 'AND' ? and(items) : items.length === 0 ? 'false' : items.map((x) => `(${x})`).join(' OR '));
    } else if (key === 'NOT') {
      parts.push(`NOT (${nodePredicate(p, label, v, value as Input, at, depth + 1)})`);
    } else if (key === 'relationships') {
      parts.push(...relationshipPredicates(p, v, value as Input, at, depth + 1));
    } else {
      const field = fields.get(key) ?? p.fail(at, `is not a field of ${label}`);
      parts.push(...fieldPredicates(p, v, field, value as Input, at, { start: `${field.property}Start`, end: `${field.property}End` }));
    }
  }
  return and(parts);
}

function relationshipPredicates(p: Params, v: string, filter: Input, path: string, depth: number): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key !== 'some' && key !== 'none') p.fail(`${path}.${key}`, 'must be some or none');
    const exists = relationshipExists(p, v, value as Input, `${path}.${key}`, depth);
    out.push(key === 'some' ? exists : `NOT ${exists}`);
  }
  return out;
}

/** EXISTS { MATCH (v)-[r:T1|T2]->(m:Entity) WHERE … }, types and labels from the model's lists. */
function relationshipExists(p: Params, v: string, where: Input, path: string, depth: number): string {
  if (depth > WHERE_LIMITS.depth) p.fail(path, `nests more than ${WHERE_LIMITS.depth} levels`);
  p.count(path);
  const i = p.variable();
  const r = `r${i}`;
  const m = `m${i}`;
  const types = typeFilter(p, where.type as Input | undefined, `${path}.type`);
  const typed = types ? `:${types.join('|')}` : '';
  const direction = (where.direction as string | undefined) ?? 'BOTH';
  const pattern =
    direction === 'OUT'
      ? `(${v})-[${r}${typed}]->(${m}:Entity)`
      : direction === 'IN'
        ? `(${v})<-[${r}${typed}]-(${m}:Entity)`
        : `(${v})-[${r}${typed}]-(${m}:Entity)`;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null || key === 'type' || key === 'direction') continue;
    const at = `${path}.${key}`;
    if (key === 'confidence') {
      const conf = {
        name: 'confidence',
        type: 'enum',
        description: '',
        property: 'confidence',
        values: confidenceLevels,
        enumName: 'Confidence',
        sortable: false,
      } as const;
      parts.push(...fieldPredicates(p, r, conf, value as Input, at));
    } else if (key === 'node') {
      parts.push(linkedPredicate(p, m, value as Input, at));
    } else {
      const field = edgeFields.get(key) ?? p.fail(at, 'is not a relationship property');
      const stored = relationshipDateProperty[key];
      // A relationship's `from`/`to` is one Neo4j date each (first day of `from`, last day of `to`).
      parts.push(...fieldPredicates(p, r, field, value as Input, at, stored ? { start: stored, end: stored } : undefined));
    }
  }
  return `EXISTS { MATCH ${pattern} WHERE ${and(parts)} }`;
}

function typeFilter(p: Params, filter: Input | undefined, path: string): string[] | undefined {
  if (!filter) return undefined;
  const names = new Set<string>();
  let given = false;
  for (const [op, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    p.count(`${path}.${op}`);
    const values = op === 'eq' ? [value] : op === 'in' ? list(p, `${path}.in`, value) : p.fail(`${path}.${op}`, 'must be eq or in');
    const these = values.map((t) =>
      (relationshipTypeNames as readonly string[]).includes(String(t)) ? String(t) : p.fail(path, `is not a relationship type (got ${echo(t)})`),
    );
    // eq and in together: both must hold.
    if (given) {
      for (const t of [...names]) if (!these.includes(t)) names.delete(t);
    } else {
      these.forEach((t) => names.add(t));
    }
    given = true;
  }
  if (!given) return undefined;
  // No type can match: a type that no relationship has keeps the pattern valid and empty.
  return names.size ? [...names] : ['NO_SUCH_TYPE'];
}

function linkedPredicate(p: Params, m: string, where: Input, path: string): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    const at = `${path}.${key}`;
    if (key === 'kind') {
      const kinds = kindFilter(p, value as Input, at);
      if (kinds) parts.push(kinds.length ? kinds.map((l) => `${m}:${l}`).join(' OR ') : 'false');
    } else if (key === 'within') {
      p.count(at);
      // The place hierarchy as attacks(filter: {place}) walks it.
      parts.push(`EXISTS { MATCH (${m})-[:PART_OF]->{0,6}(:Place {id: ${p.add(text(p, at, value))}}) WHERE ${m}:Place }`);
    } else {
      const field = linkedFields.get(key) ?? p.fail(at, 'is not a field of the linked entity');
      parts.push(...fieldPredicates(p, m, field, value as Input, at));
    }
  }
  return and(parts);
}

function kindFilter(p: Params, filter: Input, path: string): NodeLabel[] | undefined {
  let kinds: NodeLabel[] | undefined;
  for (const [op, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    p.count(`${path}.${op}`);
    const values = op === 'eq' ? [value] : op === 'in' ? list(p, `${path}.in`, value) : p.fail(`${path}.${op}`, 'must be eq or in');
    const these = values.map((k) => nodeLabels.find((l) => l.toUpperCase() === String(k)) ?? p.fail(path, `is not an entity kind (got ${echo(k)})`));
    kinds = kinds ? kinds.filter((k) => these.includes(k)) : these;
  }
  return kinds;
}
