// Paths between two entities up to maxLength (at most 6) relationships, shortest first, no entity visited twice.
// SHORTEST 100 bounds the search (its count must be a literal); $first (at most 100) picks from them.
// The quantifier's 6 is swapped for maxLength by the resolver (a validated integer 1..6), so the search itself stops there.
// :param {from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison', maxLength: 3, types: null, first: 5}
// Both ends are looked up first, so an unknown id is told apart from "no path" in the same query.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST 100 (a)(()-[r]-(:Entity) WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
  WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[(i + 1)..])
  WITH p
  ORDER BY length(p)
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*, labels: labels(n)}],
    rels: [r IN relationships(p) | r {.*, type: type(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
