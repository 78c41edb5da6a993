// The entities and relationships of the paths a search chose (src/db/path-search.ts), by id and element id.
// :param {nodes: ['attack/2021-08-26-kabul-airport', 'person/abdul-rahman-al-logari'], elements: []}
CALL () {
  UNWIND $nodes AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*, labels: labels(n)}) AS nodes
}
CALL () {
  UNWIND $elements AS element
  MATCH ()-[r]->()
  WHERE elementId(r) = element
  RETURN collect(r {.*, type: type(r), element: element}) AS rels
}
RETURN nodes, rels
