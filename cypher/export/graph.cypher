// Every node and relationship of the project's graph (entities and casualty reports), for the exports.
// :param {}
CALL () {
  MATCH (n:Entity|CasualtyReport)
  RETURN collect({id: n.id, labels: labels(n), props: properties(n)}) AS nodes
}
CALL () {
  MATCH (a:Entity|CasualtyReport)-[r]->(b:Entity|CasualtyReport)
  RETURN collect({type: type(r), start: a.id, end: b.id, props: properties(r)}) AS relationships
}
RETURN nodes, relationships
