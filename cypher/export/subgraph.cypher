// A subgraph for the exports: the entities with the given ids, the relationships among them, their attacks'
// casualty reports and the sources their evidence cites (so every quote keeps its source).
// :param {ids: ['group/iskp', 'person/shahab-al-muhajir']}
MATCH (n:Entity)
WHERE n.id IN $ids
WITH collect(n) AS picked
CALL (picked) {
  UNWIND picked AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN picked
  RETURN collect({type: type(r), start: a.id, end: b.id, props: properties(r)}) AS among
}
CALL (picked) {
  UNWIND picked AS a
  MATCH (a:Attack)-[r:HAS_CASUALTY_REPORT]->(c:CasualtyReport)
  RETURN collect(c) AS reports, collect({type: type(r), start: a.id, end: c.id, props: properties(r)}) AS reportEdges
}
WITH picked, among, reports, reportEdges,
     reduce(s = [], x IN picked + reports | s + coalesce(x.sourceIds, [])) AS cited
CALL (picked, among, cited) {
  OPTIONAL MATCH (s:Source)
  WHERE s.id IN cited + reduce(t = [], r IN among | t + coalesce(r.props.sourceIds, []))
    AND NOT s IN picked
  RETURN collect(s) AS sources
}
RETURN [n IN picked + reports + sources | {id: n.id, labels: labels(n), props: properties(n)}] AS nodes,
       among + reportEdges AS relationships
