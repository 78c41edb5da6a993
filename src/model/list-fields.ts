// What each kind's list can filter and sort on, derived from the model: the GraphQL input types
// (src/graphql/lists/sdl.ts) and the Cypher WHERE builder (src/graphql/lists/where.ts) both read this,
// so a property added to src/model/model.ts becomes filterable and sortable in both at once.
// Identifiers in the generated Cypher come only from here, never from a request.
import { commonRelationshipProperties, nodeKinds, nodeLabels, relationshipTypeNames, relationshipTypes, type NodeLabel, type PropSpec } from './model.js';

export type FilterType = 'id' | 'text' | 'textList' | 'int' | 'date' | 'enum';

export interface ListField {
  /** The GraphQL input field (the model's property name). */
  name: string;
  type: FilterType;
  description: string;
  /** Stored property: the value for id/text/int/enum, the text as given for dates. */
  property: string;
  /** Stored values of an enum, in the model's spelling ('militant-group'). */
  values?: readonly string[];
  /** GraphQL enum of an enum property. */
  enumName?: string;
  sortable: boolean;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** 'militant-group' -> MILITANT_GROUP. */
export const enumValueName = (v: string) => v.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
/** groupType -> GroupType; unit (of Estimate) -> EstimateUnit. */
/** Relationship properties' enums are named after the property alone (attribution -> Attribution). */
const enumNameFor = (owner: string, prop: string) =>
  owner === 'Relationship' || prop.toLowerCase().startsWith(owner.toLowerCase()) ? pascal(prop) : `${owner}${pascal(prop)}`;

// Identifiers go into Cypher text: only names a model could declare are accepted.
const identifier = /^[A-Za-z][A-Za-z0-9]*$/;
function checked(name: string): string {
  if (!identifier.test(name)) throw new Error(`Model property "${name}" is not a plain identifier; it cannot be filtered on.`);
  return name;
}

function fieldOf(owner: string, name: string, spec: PropSpec): ListField[] {
  const base = { name: checked(name), description: spec.description, property: name, sortable: true };
  switch (spec.type) {
    case 'text':
      return [{ ...base, type: 'text' }];
    case 'id':
      return [{ ...base, type: 'id' }];
    case 'int':
      return [{ ...base, type: 'int' }];
    case 'date':
      return [{ ...base, type: 'date' }];
    case 'derivedDate':
      // A derived bound as written (`<=2019-07`); filterable as text, not a date to sort by.
      return [{ ...base, type: 'text', sortable: false }];
    case 'enum':
      return [{ ...base, type: 'enum', values: spec.values, enumName: enumNameFor(owner, name) }];
    case 'casualtyReports': {
      // Stored as the range derived over the reports (src/seed/to-rows.ts, src/model/casualty-range.ts).
      const derived: [string, string][] = [
        ['killedMin', 'Killed, derived lower bound over the reports (absent when some report gives none).'],
        ['killedBest', 'Killed, the median of the reports’ figures.'],
        ['killedMax', 'Killed, derived upper bound over the reports (absent when some report leaves it open, e.g. "at least 95").'],
        ['woundedMin', 'Wounded, derived lower bound over the reports.'],
        ['woundedBest', 'Wounded, the median of the reports’ figures.'],
        ['woundedMax', 'Wounded, derived upper bound over the reports.'],
      ];
      return derived.map(([p, description]) => ({ name: p, type: 'int' as const, description, property: p, sortable: true }));
    }
  }
}

/** Every entity's own fields, before its kind's properties. */
const entityFields: ListField[] = [
  { name: 'id', type: 'id', description: 'Stable id, `kind/slug`.', property: 'id', sortable: true },
  { name: 'name', type: 'text', description: 'Main name.', property: 'name', sortable: true },
  { name: 'aliases', type: 'textList', description: 'Other names and spellings.', property: 'aliases', sortable: false },
  { name: 'description', type: 'text', description: 'The summary.', property: 'description', sortable: false },
  { name: 'note', type: 'text', description: "The curators' note.", property: 'note', sortable: false },
];

export function listFields(label: NodeLabel): ListField[] {
  const own = Object.entries(nodeKinds[label].properties as Record<string, PropSpec>).flatMap(([k, spec]) => fieldOf(label, k, spec));
  return [...entityFields, ...own];
}

/** Fields of the other end of a relationship in a relationship filter (no nested relationship filters: bounded). */
export const linkedEntityFields: ListField[] = entityFields.filter((f) => f.name !== 'description' && f.name !== 'note');

/** Relationship properties: the common ones and every type's own, once each (a type without one simply has none). */
export function relationshipFields(): ListField[] {
  const seen = new Map<string, ListField>();
  const add = (name: string, spec: PropSpec) => {
    if (!seen.has(name)) for (const f of fieldOf('Relationship', name, spec)) seen.set(f.name, f);
  };
  for (const [k, spec] of Object.entries(commonRelationshipProperties)) add(k, spec);
  for (const t of relationshipTypeNames) {
    for (const [k, spec] of Object.entries((relationshipTypes[t] as { properties?: Record<string, PropSpec> }).properties ?? {})) add(k, spec);
  }
  return [...seen.values()].map((f) => (f.name === 'from' || f.name === 'to' ? { ...f, sortable: false } : f));
}

/** Where a relationship's dates are stored as Neo4j dates: `from` as its first day, `to` as its last (src/seed/to-rows.ts). */
export const relationshipDateProperty: Record<string, string> = { from: 'validFrom', to: 'validTo' };

/** The root list field of each kind: `people`, `groups`, …; `estimates` is taken by the older plain list. */
const plurals: Partial<Record<NodeLabel, string>> = { Person: 'people', Community: 'communities', Estimate: 'estimatesConnection' };
export const listFieldName = (label: NodeLabel) => plurals[label] ?? `${label.charAt(0).toLowerCase()}${label.slice(1)}s`;

export const listLabels: NodeLabel[] = nodeLabels;
