// Which stored node properties each GraphQL entity field reads, so resolvers ask Neo4j for those alone
// (src/graphql/selection.ts walks the request and looks fields up here).
// Rule: a field reads the stored property of its own name (the model's convention: `date`, `role`,
// `groupType`, … of src/model/model.ts). List here only the fields that read something else, or nothing.
import { nodeKinds } from './model.js';

/** Properties every entity node carries beside its kind's own (see src/seed/to-rows.ts). */
export const entityBaseProps = ['id', 'name', 'aliases', 'description', 'sourceIds', 'quotes'] as const;

/** Every stored entity property the API serves: the full projection, for callers that have no selection. */
export const allEntityProps: readonly string[] = [
  ...new Set([...entityBaseProps, ...Object.values(nodeKinds).flatMap((k) => Object.keys(k.properties))]),
].filter((p) => p !== 'casualtyReports');

/** Fields that read other properties than their name ([] = none: the kind comes from labels, links load by id). */
export const fieldNeeds: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  kind: [],
  evidence: ['sourceIds', 'quotes'],
  // Links, loaded in batches by the entity's id (always fetched).
  relationships: [],
  relationshipSummary: [],
  parents: [],
  casualtyReports: [],
  perpetrators: [],
  places: [],
  targets: [],
  estimators: [],
  subjects: [],
  madeBy: [],
  about: [],
  duplicates: ['duplicateIds'],
  // The derived ranges are Attack properties (src/seed/to-rows.ts).
  killedRange: ['killedMin', 'killedBest', 'killedMax', 'killedSummedParts', 'killedReportCount'],
  woundedRange: ['woundedMin', 'woundedBest', 'woundedMax', 'woundedSummedParts', 'woundedReportCount'],
};

/** The stored properties a set of selected entity field names needs; `id` always (links and caches key on it). */
export function propsForFields(fields: Iterable<string>): string[] {
  const props = new Set<string>(['id']);
  for (const f of fields) for (const p of fieldNeeds[f] ?? [f]) props.add(p);
  return [...props].sort();
}

/**
 * Which stored relationship properties each field of an edge-like type reads (Edge, Perpetrator, ClaimMaker, Tenure);
 * a field not listed reads the property of its own name; null: the whole map (sentences and validity read many).
 */
const relFieldNeeds: Record<string, readonly string[] | null> = {
  __typename: [],
  type: [],
  from: [],
  to: [],
  entity: [],
  person: [],
  validFrom: ['from'],
  validTo: ['to'],
  date: ['from'],
  evidence: ['sourceIds', 'quotes'],
  validity: null,
  asOfCertainty: null,
  sentence: null,
};

/** The relationship properties these fields read (`id` always), or null for all of them. */
export function relPropsFor(fields: string[]): string[] | null {
  const props = new Set(['id']);
  for (const f of fields) {
    const need = f in relFieldNeeds ? relFieldNeeds[f]! : [f];
    if (need === null) return null;
    for (const x of need) props.add(x);
  }
  return [...props].sort();
}
