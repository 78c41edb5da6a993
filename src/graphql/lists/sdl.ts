// The list part of schema.graphql, generated from the model (`npm run generate`): the relationship-type enum,
// each kind's `where` and `sort` inputs, its connection and root list field, and Entity.relationshipSummary.
// The shape follows @neo4j/graphql: `where: { name: { startsWith: "Abu" }, AND: [...] }`, `sort: [{ date: DESC }]`,
// `relationships: { some: {...}, none: {...} }`, Relay `first/after`, `last/before`.
import { nodeKinds, relationshipTypeNames, relationshipTypes, type NodeLabel } from '../../model/model.js';
import { enumValueName, linkedEntityFields, listFieldName, listFields, listLabels, relationshipFields, type ListField } from '../../model/list-fields.js';

export const GENERATED_MARK = '# ---- Generated from src/model by `npm run generate` (src/graphql/lists/sdl.ts): do not edit below this line. ----';

/** Kinds whose root list field is declared by hand above the mark (older arguments kept beside `where`/`sort`). */
export const handWrittenLists: readonly NodeLabel[] = ['Attack', 'Claim'];
/** Enums declared by hand above the mark, reused rather than generated again. */
const handWrittenEnums = new Set(['Attribution', 'Confidence', 'Direction', 'EntityKind']);

const doc = (text: string) => `"""${text.replace(/"""/g, '\\"""')}"""`;
const line = (text: string) => `  ${JSON.stringify(text)}`;

function filterInput(f: ListField): string {
  switch (f.type) {
    case 'id':
      return 'IDFilters';
    case 'text':
      return 'StringFilters';
    case 'textList':
      return 'StringListFilters';
    case 'int':
      return 'IntFilters';
    case 'date':
      return 'DateFilters';
    case 'enum':
      return `${f.enumName}Filters`;
  }
}

function enumBlock(f: ListField): string[] {
  const declared = handWrittenEnums.has(f.enumName!);
  return [
    ...(declared ? [] : [doc(f.description), `enum ${f.enumName} {`, ...f.values!.map((v) => `  ${enumValueName(v)}`), '}', '']),
    doc(`Filter on ${f.enumName}.`),
    `input ${f.enumName}Filters {`,
    line('Equal to.'),
    `  eq: ${f.enumName}`,
    line('Any of.'),
    `  in: [${f.enumName}!]`,
    '}',
    '',
  ];
}

const fieldLines = (fields: ListField[]) => fields.flatMap((f) => [line(f.description), `  ${f.name}: ${filterInput(f)}`]);

const scalarFilters = `${doc('Filter on an id.')}
input IDFilters {
  "Equal to."
  eq: ID
  "Any of (at most 100)."
  in: [ID!]
  "Starts with, e.g. \\"person/abu\\"."
  startsWith: String
}

${doc('Filter on a text. eq, in and startsWith are exact (and use indexes); contains ignores case.')}
input StringFilters {
  "Equal to."
  eq: String
  "Any of (at most 100)."
  in: [String!]
  "Contains, ignoring case."
  contains: String
  "Starts with (exact case)."
  startsWith: String
  "Ends with (exact case)."
  endsWith: String
  "true: has a value; false: has none."
  exists: Boolean
}

${doc('Filter on a list of texts (aliases).')}
input StringListFilters {
  "The list holds this value exactly."
  includes: String
}

${doc('Filter on a whole number.')}
input IntFilters {
  "Equal to."
  eq: Int
  "Any of (at most 100)."
  in: [Int!]
  "Greater than."
  gt: Int
  "Greater than or equal to."
  gte: Int
  "Less than."
  lt: Int
  "Less than or equal to."
  lte: Int
  "true: has a value; false: has none."
  exists: Boolean
}

${doc(
  'Filter on a date as precise as the source gives it. A year or month is a span: gt/gte hold when its last day is after/on the date, lt/lte when its first day is before/on it (so "2021" meets gte: "2021-06-01"), the same rule as attacks(filter: {from, to}).',
)}
input DateFilters {
  "Exactly as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD."
  eq: String
  "Its last day is after this date."
  gt: Date
  "Its last day is on or after this date."
  gte: Date
  "Its first day is before this date."
  lt: Date
  "Its first day is on or before this date."
  lte: Date
  "true: dated; false: undated."
  exists: Boolean
}

${doc('Filter on the relationship type.')}
input RelationshipTypeFilters {
  "Equal to."
  eq: RelationshipType
  "Any of."
  in: [RelationshipType!]
}

${doc('Filter on how sure the source is.')}
input ConfidenceFilters {
  "Equal to."
  eq: Confidence
  "Any of."
  in: [Confidence!]
}

${doc('Filter on the kind of entity.')}
input EntityKindFilters {
  "Equal to."
  eq: EntityKind
  "Any of."
  in: [EntityKind!]
}

${doc('Sort direction. Undated items and absent values come last in both directions.')}
enum SortDirection {
  "Smallest, oldest or A first."
  ASC
  "Largest, newest or Z first."
  DESC
}
`;

function relationshipBlock(): string[] {
  const relFields = relationshipFields();
  return [
    doc('A relationship type of the graph, as declared in src/model/model.ts.'),
    'enum RelationshipType {',
    ...relationshipTypeNames.flatMap((t) => [line(relationshipTypes[t].description), `  ${t}`]),
    '}',
    '',
    scalarFilters,
    ...relFields.filter((f) => f.type === 'enum').flatMap(enumBlock),
    doc('The entity at the other end of a relationship.'),
    'input LinkedEntityWhere {',
    ...fieldLines(linkedEntityFields),
    line('Which kind it is.'),
    '  kind: EntityKindFilters',
    line('It is this place or inside it (PART_OF, up to 6 steps): a province includes its districts, cities and sites.'),
    '  within: ID',
    '}',
    '',
    doc('A relationship an entity must (some) or must not (none) have: its type, direction, confidence, dates, properties and the entity at the other end.'),
    'input RelationshipWhere {',
    line('Relationship type.'),
    '  type: RelationshipTypeFilters',
    line('OUT: the entity starts it; IN: ends it; BOTH: either.'),
    '  direction: Direction = BOTH',
    line('How sure the source is.'),
    '  confidence: ConfidenceFilters',
    ...fieldLines(relFields),
    line('The entity at the other end.'),
    '  node: LinkedEntityWhere',
    '}',
    '',
    doc('Filters on an entity’s relationships.'),
    'input RelationshipsFilter {',
    line('At least one relationship matches.'),
    '  some: RelationshipWhere',
    line('No relationship matches.'),
    '  none: RelationshipWhere',
    '}',
    '',
    doc('How many relationships of one type an entity has in one direction.'),
    'type RelationshipCount {',
    line('Relationship type.'),
    '  type: RelationshipType!',
    line('OUT: the entity starts them; IN: it ends them.'),
    '  direction: Direction!',
    line('How many.'),
    '  count: Int!',
    '}',
    '',
  ];
}

const listArgs = (label: string) => `where: ${label}Where, sort: [${label}Sort!], first: Int, after: String, last: Int, before: String`;

/** The arguments every list takes; hand-written lists (attacks, claims) use the same string. */
export const listArguments = listArgs;

function kindBlock(label: NodeLabel): string[] {
  const fields = listFields(label);
  const out = [
    ...fields.filter((f) => f.type === 'enum').flatMap(enumBlock),
    doc(`Filters for ${listFieldName(label)}: every given field must hold; AND, OR and NOT combine filters.`),
    `input ${label}Where {`,
    ...fieldLines(fields),
    line('Its relationships.'),
    '  relationships: RelationshipsFilter',
    line('All of these hold.'),
    `  AND: [${label}Where!]`,
    line('At least one of these holds.'),
    `  OR: [${label}Where!]`,
    line('This does not hold.'),
    `  NOT: ${label}Where`,
    '}',
    '',
    doc(`Sort key for ${listFieldName(label)}: one field per item; earlier items sort first, ties by id.`),
    `input ${label}Sort {`,
    ...fields
      .filter((f) => f.sortable)
      .flatMap((f) => [line(f.type === 'date' ? `${f.description} Sorted by its first day.` : f.description), `  ${f.name}: SortDirection`]),
    '}',
    '',
  ];
  if (!handWrittenLists.includes(label)) {
    out.push(
      doc(`A page of ${listFieldName(label)}.`),
      `type ${label}Connection {`,
      line('Items on this page.'),
      `  edges: [${label}Edge!]!`,
      line('Paging state.'),
      '  pageInfo: PageInfo!',
      line('All matching items, over every page.'),
      '  totalCount: Int!',
      '}',
      '',
      doc(`A ${label} and its cursor.`),
      `type ${label}Edge {`,
      line('Pass as `after` or `before`.'),
      '  cursor: String!',
      line(`The ${label}.`),
      `  node: ${label}!`,
      '}',
      '',
    );
  }
  return out;
}

const summaryField = [line('How many relationships of each type it has, per direction.'), '  relationshipSummary: [RelationshipCount!]!'];

export function listSdl(): string {
  const out = [GENERATED_MARK, '', ...relationshipBlock()];
  for (const label of listLabels) out.push(...kindBlock(label));
  out.push('extend interface Entity {', ...summaryField, '}', '');
  for (const label of listLabels) out.push(`extend type ${label} {`, ...summaryField, '}', '');
  out.push(
    'extend type PageInfo {',
    line('Whether items come before this page.'),
    '  hasPreviousPage: Boolean!',
    line('Cursor of the first item on this page.'),
    '  startCursor: String',
    '}',
    '',
    'extend type Query {',
  );
  for (const label of listLabels.filter((l) => !handWrittenLists.includes(l))) {
    out.push(
      line(
        `${nodeKinds[label].description} Filtered (where), sorted (sort; default by name), paged both ways (first/after, last/before; first 20 when neither is given, at most 100).`,
      ),
      `  ${listFieldName(label)}(${listArgs(label)}): ${label}Connection!`,
    );
  }
  out.push('}', '');
  return out.join('\n');
}

/** schema.graphql: the hand-written contract above the mark, the generated part below it. */
export function schemaWithLists(current: string): string {
  const i = current.indexOf(GENERATED_MARK);
  const hand = (i === -1 ? current : current.slice(0, i)).trimEnd();
  return `${hand}\n\n${listSdl()}`;
}
