// Type definitions for @neo4j/graphql (the library a user would pick instead of this API), generated from the
// model so the peer sees the same graph: one @node type per kind, one field per relationship type and direction
// (`perpetrated` out, `perpetratedIn` in; a union where the far end may be several kinds), edge properties as
// @relationshipProperties. Only for the benchmark (bench/shapes.ts).
import {
  commonRelationshipProperties,
  nodeKinds,
  nodeLabels,
  relationshipTypes,
  CASUALTY_REPORT,
  type NodeLabel,
  type PropSpec,
} from '../../src/model/model.js';

const camel = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (type: string) => camel(type).replace(/^./, (c) => c.toUpperCase());

/** How the loader stores a property (src/seed/to-rows.ts): dates as their text plus Start/End Dates and a precision. */
function fields(props: Record<string, PropSpec>): string[] {
  return Object.entries(props).flatMap(([key, spec]) => {
    if (spec.type === 'casualtyReports') return [];
    if (spec.type === 'date') return [`${key}: String`, `${key}Start: Date`, `${key}End: Date`, `${key}Precision: String`];
    return [`${key}: ${spec.type === 'int' ? 'Int' : 'String'}`];
  });
}

const ends = (side: readonly NodeLabel[] | '*'): readonly NodeLabel[] => (side === '*' ? nodeLabels : side);

/** The peer's relationship fields of a kind: name, far-end kinds, relationship type, direction. */
export function peerRelationshipFields(label: NodeLabel): { field: string; kinds: readonly NodeLabel[]; type: string; out: boolean }[] {
  return Object.entries(relationshipTypes).flatMap(([type, spec]) => [
    ...(ends(spec.from).includes(label) ? [{ field: camel(type), kinds: ends(spec.to), type, out: true }] : []),
    ...(ends(spec.to).includes(label) ? [{ field: `${camel(type)}In`, kinds: ends(spec.from), type, out: false }] : []),
  ]);
}

/** A selection of `fields` on a far end that may be one kind or a union of several. */
export const onEach = (kinds: readonly NodeLabel[], fields: string) =>
  kinds.length === 1 ? `{ ${fields} }` : `{ ${kinds.map((k) => `... on ${k} { ${fields} }`).join(' ')} }`;

export function peerTypeDefs(): string {
  const out: string[] = [];
  const unions = new Map<string, readonly NodeLabel[]>();
  for (const [type, spec] of Object.entries(relationshipTypes)) {
    const own = 'properties' in spec ? (spec.properties as Record<string, PropSpec>) : {};
    // The loader stores a relationship's from/to as text plus validFrom/validTo Dates (src/seed/to-rows.ts).
    const props = fields({ ...commonRelationshipProperties, ...own }).filter((f) => !/^(from|to)(Start|End|Precision):/.test(f));
    const body = ['id: ID!', 'confidence: String', 'sourceIds: [String!]', 'quotes: [String!]', 'validFrom: Date', 'validTo: Date', ...props];
    out.push(`type ${pascal(type)}Properties @relationshipProperties {\n${body.map((f) => `  ${f}\n`).join('')}}`);
  }
  for (const label of nodeLabels) {
    const relationships = peerRelationshipFields(label).map(({ field, kinds, type, out: outgoing }) => {
      const union = `${pascal(type)}${outgoing ? 'To' : 'From'}`;
      if (kinds.length > 1) unions.set(union, kinds);
      const far = kinds.length > 1 ? union : kinds[0]!;
      return `${field}: [${far}!]! @relationship(type: "${type}", direction: ${outgoing ? 'OUT' : 'IN'}, properties: "${pascal(type)}Properties")`;
    });
    const attack =
      label === 'Attack'
        ? [
            'killedMin: Int',
            'killedMax: Int',
            'woundedMin: Int',
            'woundedMax: Int',
            'casualtyReportCount: Int',
            `casualtyReports: [${CASUALTY_REPORT.label}!]! @relationship(type: "${CASUALTY_REPORT.relationship}", direction: OUT)`,
          ]
        : [];
    const body = [
      'id: ID!',
      'name: String!',
      'aliases: [String!]',
      'description: String',
      'note: String',
      'sourceIds: [String!]',
      'quotes: [String!]',
      ...fields(nodeKinds[label].properties as Record<string, PropSpec>),
      ...attack,
      ...relationships,
    ];
    out.push(`type ${label} @node(labels: ["${label}", "Entity"]) {\n${body.map((f) => `  ${f}\n`).join('')}}`);
  }
  out.push(
    `type ${CASUALTY_REPORT.label} @node {\n  id: ID!\n  ordinal: Int\n  killed: Int\n  killedQualifier: String\n  wounded: Int\n  woundedQualifier: String\n  note: String\n  sourceIds: [String!]\n  quotes: [String!]\n}`,
  );
  for (const [name, kinds] of unions) out.push(`union ${name} = ${kinds.join(' | ')}`);
  return out.join('\n\n') + '\n';
}
