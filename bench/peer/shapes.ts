// The eight request shapes of issue 9, each as this API's request, the single hand-written Cypher statement
// returning only the selected fields, and @neo4j/graphql's request (generated from the model where it has to
// list every relationship field). `count` reads how many items each answer holds, so bench/shapes.ts can check
// the three agree before timing them.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeLabel } from '../../src/model/model.js';
import { onEach, peerRelationshipFields } from './typedefs.js';

export interface Shape {
  name: string;
  variables: Record<string, unknown>;
  /** This API's request; undefined when it cannot be asked in one request (say why in `name`). */
  ours?: string;
  cypher: string;
  peer?: string;
  count: { ours: (data: any) => number; cypher: (records: Neo4jRecord[]) => number; peer: (data: any) => number };
  /** Also measured for throughput at 10 and 50 clients. */
  throughput?: boolean;
}

const first = (records: Neo4jRecord[], key: string) => records[0]?.get(key);
const plural: Record<NodeLabel, string> = {
  Source: 'sources',
  Person: 'people',
  Group: 'groups',
  Community: 'communities',
  Place: 'places',
  Attack: 'attacks',
  Event: 'events',
  Publication: 'publications',
  Estimate: 'estimates',
  Claim: 'claims',
  Finance: 'finances',
};

/** The peer's request for every relationship of one entity of `label`: one connection field per type and direction. */
function peerAllEdges(label: NodeLabel): string {
  const connections = peerRelationshipFields(label).map(
    ({ field, kinds }) => `${field}Connection { edges { properties { confidence from to sourceIds quotes } node ${onEach(kinds, 'id name')} } }`,
  );
  return `query($id: ID!) { ${plural[label]}(where: { id: { eq: $id } }) { id name ${connections.join(' ')} } }`;
}
const peerEdgeCount = (label: NodeLabel) => (data: any) =>
  Object.entries(data[plural[label]][0] as Record<string, any>)
    .filter(([k]) => k.endsWith('Connection'))
    .reduce((n, [, v]) => n + (v as { edges: unknown[] }).edges.length, 0);

/**
 * The peer has no transitive field: the places that contain a place (the API's `parents`) are spelled out as nested
 * `partOf`, as deep as the seed's containment goes (4: a site in a city in a district in a province in a country).
 */
const partOf = (depth: number): string => (depth === 0 ? '' : `partOf { ... on Place { id name ${partOf(depth - 1)} } }`);
/** The distinct places above one in the peer's nested answer. */
function containers(place: { partOf?: { id?: string; partOf?: unknown }[] }, found = new Set<string>()): Set<string> {
  for (const up of place.partOf ?? []) {
    if (up.id) found.add(up.id);
    containers(up as never, found);
  }
  return found;
}

export const shapes: Shape[] = [
  {
    name: '1 an entity and all its edges (IS core, 54)',
    variables: { id: 'group/islamic-state' },
    ours: `query($id: ID!) { entity(id: $id) { id name relationships(first: 100) { edges { node {
      type confidence validFrom validTo from { id name } to { id name } evidence { quote source { id } } } } } } }`,
    cypher: `MATCH (n:Entity {id: $id})
      RETURN n {.id, .name, edges: COLLECT { MATCH (n)-[r]-(:Entity) WITH r, startNode(r) AS a, endNode(r) AS b
        RETURN {type: type(r), confidence: r.confidence, validFrom: r.from, validTo: r.to, from: a {.id, .name}, to: b {.id, .name}, sourceIds: r.sourceIds, quotes: r.quotes} }} AS n`,
    peer: peerAllEdges('Group'),
    count: { ours: (d) => d.entity.relationships.edges.length, cypher: (r) => first(r, 'n').edges.length, peer: peerEdgeCount('Group') },
    throughput: true,
  },
  {
    name: '2 leadership with persons and dates',
    variables: { id: 'group/iskp' },
    ours: 'query($id: ID!) { leadership(groupId: $id) { ordinal from to ended person { id name } evidence { quote } } }',
    cypher: `MATCH (:Group {id: $id})<-[r:LED]-(p:Person)
      RETURN r.ordinal AS ordinal, r.from AS from, r.to AS to, r.ended AS ended, p {.id, .name} AS person, r.quotes AS quotes ORDER BY r.ordinal`,
    peer: 'query($id: ID!) { groups(where: { id: { eq: $id } }) { ledInConnection { edges { properties { ordinal from to ended quotes } node { id name } } } } }',
    count: { ours: (d) => d.leadership.length, cypher: (r) => r.length, peer: (d) => d.groups[0].ledInConnection.edges.length },
  },
  {
    name: '3 attacks (30) with perpetrators, places, parents, figures',
    variables: {},
    ours: `{ attacks(first: 30) { edges { node { id name date { text }
      perpetrators { attribution entity { id name } } places { id name parents { id name } }
      casualtyReports { killed killedQualifier wounded woundedQualifier evidence { quote } } } } } }`,
    // Records that duplicate another (duplicateOf) are not listed: the API lists each attack once.
    cypher: `MATCH (a:Attack) WHERE a.duplicateOf IS NULL WITH a ORDER BY a.dateStart DESC, a.id LIMIT 30
      RETURN a {.id, .name, .date,
        perpetrators: COLLECT { MATCH (a)<-[r:PERPETRATED]-(e:Entity) RETURN {attribution: r.attribution, entity: e {.id, .name}} },
        places: COLLECT { MATCH (a)-[:OCCURRED_AT]->(p:Place) RETURN p {.id, .name, parents: COLLECT {
          MATCH path = ANY SHORTEST (p)-[:PART_OF]->+(q:Place) WITH q, length(path) AS d ORDER BY d, q.id RETURN q {.id, .name} }} },
        casualtyReports: COLLECT { MATCH (a)-[:HAS_CASUALTY_REPORT]->(c) RETURN c {.killed, .killedQualifier, .wounded, .woundedQualifier, .quotes} }
      } AS attack`,
    peer: `{ attacks(limit: 30, sort: [{ dateStart: DESC }], where: { duplicateOf: { eq: null } }) { id name date
      perpetratedInConnection { edges { properties { attribution } node ${onEach(['Person', 'Group'], 'id name')} } }
      occurredAt { id name ${partOf(4)} }
      casualtyReports { killed killedQualifier wounded woundedQualifier quotes } } }`,
    // Attacks and every place that contains their places, so the three agree on the deepest level too.
    count: {
      ours: (d) => d.attacks.edges.reduce((n: number, { node }: any) => n + 1 + node.places.reduce((m: number, p: any) => m + p.parents.length, 0), 0),
      cypher: (r) => r.reduce((n, rec) => n + 1 + rec.get('attack').places.reduce((m: number, p: any) => m + p.parents.length, 0), 0),
      peer: (d) => d.attacks.reduce((n: number, a: any) => n + 1 + a.occurredAt.reduce((m: number, p: any) => m + containers(p).size, 0), 0),
    },
    throughput: true,
  },
  {
    name: '4 attacks in a country, places inside it included',
    variables: { place: 'place/afghanistan' },
    ours: 'query($place: ID!) { attacks(filter: { place: $place }, first: 50) { edges { node { id name date { text } } } } }',
    cypher: `MATCH (:Place {id: $place})<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_AT]-(a:Attack)
      WITH DISTINCT a ORDER BY a.dateStart DESC LIMIT 50 RETURN a {.id, .name, .date} AS attack`,
    // The peer has no variable-length filter: the place or up to three levels of containers, spelled out.
    peer: `query($place: ID!) { attacks(limit: 50, sort: [{ dateStart: DESC }], where: { occurredAt: { some: { OR: [
      { id: { eq: $place } },
      { partOf: { some: { Place: { id: { eq: $place } } } } },
      { partOf: { some: { Place: { partOf: { some: { Place: { id: { eq: $place } } } } } } } },
      { partOf: { some: { Place: { partOf: { some: { Place: { partOf: { some: { Place: { id: { eq: $place } } } } } } } } } } }
    ] } } }) { id name date } }`,
    count: { ours: (d) => d.attacks.edges.length, cypher: (r) => r.length, peer: (d) => d.attacks.length },
  },
  {
    name: '5 two-hop neighbourhood (peer: not askable)',
    variables: { id: 'person/aslam-farooqi' },
    ours: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id name kind } edges { id type from { id } to { id } } } }',
    cypher: `MATCH (n:Entity {id: $id})
      WITH n, COLLECT { MATCH (n)-[*1..2]-(m:Entity) WHERE m <> n RETURN DISTINCT m } AS ms
      WITH [n] + ms AS nodes
      RETURN [x IN nodes | x {.id, .name, labels: labels(x)}] AS nodes,
        COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes RETURN {id: r.id, type: type(r), from: a.id, to: b.id} } AS edges`,
    count: { ours: (d) => d.neighborhood.nodes.length, cypher: (r) => first(r, 'nodes').length, peer: () => NaN },
  },
  {
    name: '6 claims about a group, with who made them',
    variables: { id: 'group/islamic-state' },
    ours: 'query($id: ID!) { claims(about: $id, first: 50) { edges { node { id statement assessment date { text } madeBy { date entity { id name } } } } } }',
    cypher: `MATCH (:Entity {id: $id})<-[:ABOUT]-(c:Claim) WITH c ORDER BY c.id LIMIT 50
      RETURN c {.id, .statement, .assessment, .date, madeBy: COLLECT { MATCH (c)<-[r:MADE_CLAIM]-(m:Entity) RETURN {date: r.from, entity: m {.id, .name}} }} AS claim`,
    peer: `query($id: ID!) { claims(limit: 50, where: { about: { some: { Group: { id: { eq: $id } } } } }) { id statement assessment date
      madeClaimInConnection { edges { properties { from } node ${onEach(['Person', 'Group', 'Publication', 'Community'], 'id name')} } } } }`,
    count: { ours: (d) => d.claims.edges.length, cypher: (r) => r.length, peer: (d) => d.claims.length },
  },
  {
    name: '7 four levels: group, members, their groups, places',
    variables: { id: 'group/iskp' },
    // Page sizes that hold the whole answer (5 members, 1 group each, 17 places) within the API's cost limit:
    // first: 100 at each level would be refused as up to 1,000,000 places.
    ours: `query($id: ID!) { entity(id: $id) { relationships(types: ["MEMBER_OF"], direction: IN, first: 10) { edges { node { from { id name
      relationships(types: ["MEMBER_OF"], direction: OUT, first: 5) { edges { node { to { id name
      relationships(types: ["OPERATES_IN"], direction: OUT, first: 40) { edges { node { to { id name } } } } } } } } } } } } } }`,
    cypher: `MATCH (:Group {id: $id})<-[:MEMBER_OF]-(p:Person)
      RETURN p {.id, .name, groups: COLLECT { MATCH (p)-[:MEMBER_OF]->(h:Group) RETURN h {.id, .name,
        places: COLLECT { MATCH (h)-[:OPERATES_IN]->(pl:Place) RETURN pl {.id, .name} } } } } AS member`,
    peer: 'query($id: ID!) { groups(where: { id: { eq: $id } }) { memberOfIn { id name memberOf { id name operatesIn { id name } } } } }',
    count: { ours: (d) => d.entity.relationships.edges.length, cypher: (r) => r.length, peer: (d) => d.groups[0].memberOfIn.length },
  },
  {
    name: '8 shortest paths between two attacks (peer: not askable)',
    variables: { from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison' },
    ours: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length steps { sentence from { id } to { id } edge { type } } } }',
    cypher: `MATCH p = ALL SHORTEST (:Entity {id: $from})(()-[]-(:Entity)){1,4}(:Entity {id: $to}) WITH p LIMIT 5
      RETURN [n IN nodes(p) | n {.id, .name}] AS nodes, [r IN relationships(p) | {type: type(r), id: r.id, quotes: r.quotes}] AS rels`,
    count: { ours: (d) => d.paths.length, cypher: (r) => r.length, peer: () => NaN },
  },
];
