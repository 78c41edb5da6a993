// The entities and relationships of the paths a search chose (src/db/path-search.ts): each relationship found from
// the two entities it joins (Expand(Into) walks the end with fewer relationships) and its id. The entities' degrees
// (degree store) order the paths when the search reads every shortest path here at once.
// :param {nodes: ['attack/2021-08-26-kabul-airport', 'person/abdul-rahman-al-logari'], steps: []}
CALL () {
  UNWIND $nodes AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*, labels: labels(n)}) AS nodes, collect(COUNT { (n)--() }) AS degrees
}
CALL () {
  UNWIND $steps AS step
  MATCH (:Entity {id: step.from})-[r]-(:Entity {id: step.to})
  WHERE r.id = step.rel
  RETURN collect(DISTINCT r {.*, type: type(r)}) AS rels
}
RETURN nodes, degrees, rels
