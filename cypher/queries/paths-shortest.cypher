// The shortest paths between two entities, up to maxLength (at most 6) relationships, in any direction.
// The quantifier's 6 is the search's own bound: the resolver swaps in maxLength (a validated integer 1..6; quantifier bounds
// must be literals), so a shorter limit searches less instead of filtering after a search to 6 hops.
// :param {from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison', maxLength: 4, types: null, first: 5}
// Both ends are looked up first, so an unknown id is told apart from "no path" in the same query.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = ALL SHORTEST (a)(()-[r]-(:Entity) WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
  WITH p
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    rels: [r IN relationships(p) | r {.*, type: type(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
