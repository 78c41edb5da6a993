// The entities and relationships of the paths a search chose (src/db/path-search.ts): each relationship found from
// the two entities it joins (Expand(Into) walks the end with fewer relationships) and its id. The entities' degrees
// (degree store) order the paths when the search reads every shortest path here at once. Entities and
// relationships are projected to the properties the request selected ($props, $relProps), or whole when null.
// :param {nodes: ['attack/2021-08-26-kabul-airport', 'person/abdul-rahman-al-logari'], steps: [], props: ['id', 'name'], relProps: null}
CALL () {
  UNWIND $nodes AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n.id) AS ids, collect(CASE WHEN $props IS NULL THEN n {.*, labels: labels(n)} ELSE {labels: labels(n), values: [k IN $props | n[k]]} END) AS nodes,
    collect(COUNT { (n)--() }) AS degrees
}
CALL () {
  UNWIND $steps AS step
  MATCH (:Entity {id: step.from})-[r]-(:Entity {id: step.to})
  WHERE r.id = step.rel
  WITH DISTINCT r
  RETURN collect(r.id) AS relIds, collect(CASE WHEN $relProps IS NULL THEN r {.*, type: type(r)} ELSE {type: type(r), values: [k IN $relProps | r[k]]} END) AS rels
}
RETURN ids, nodes, degrees, relIds, rels
