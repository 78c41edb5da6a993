// The entities within $depth hops (1 to 3) of an entity, nearest first, and the relationships among them
// (each relationship names its ends by id; the nodes are returned once).
// Breadth-first, one hop at a time, so hubs are expanded once rather than once per path; each hop stops at $limit
// new nodes (enough to fill the answer and to know it was truncated), so a hub's thousands of neighbours are not
// all collected to keep 200 of them.
// :param {id: 'group/iskp', depth: 1, types: null, asOf: null, includeUncertain: false, limit: 200,
//   props: ['id', 'name'], relProps: ['id'], walk: 1000}  (what the request selects of the nodes and of the edges; relProps
//   null: every property of the edges, for sentences and validity)
// asOf keeps what is known to hold on that date; includeUncertain adds what may hold (see relationships.cypher).
MATCH (start:Entity {id: $id})
CALL (start) {
  OPTIONAL MATCH (start)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (r.fromLatest <= $asOf AND $asOf <= r.toEarliest)
      OR ($includeUncertain AND coalesce(r.fromEarliest <= $asOf, true) AND coalesce($asOf <= r.toLatest, true)))
    AND m <> start
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS hop1
}
CALL (start, hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (r.fromLatest <= $asOf AND $asOf <= r.toEarliest)
      OR ($includeUncertain AND coalesce(r.fromEarliest <= $asOf, true) AND coalesce($asOf <= r.toLatest, true)))
    AND m <> start AND NOT m IN hop1
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS hop2
}
CALL (start, hop1, hop2) {
  UNWIND CASE WHEN $depth >= 3 THEN hop2 ELSE [] END AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (r.fromLatest <= $asOf AND $asOf <= r.toEarliest)
      OR ($includeUncertain AND coalesce(r.fromEarliest <= $asOf, true) AND coalesce($asOf <= r.toLatest, true)))
    AND m <> start AND NOT m IN hop1 AND NOT m IN hop2
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS hop3
}
WITH start, hop1 + hop2 + hop3 AS reached
WITH start, [start] + reached[0..($limit - 1)] AS nodes, size(reached) > $limit - 1 AS truncated
// The relationships among the nodes, each found once from an end with few relationships (at most $walk: walked),
// so a hub's edges are never all walked. Between two hubs, from the one with fewer relationships: each hub walks
// its own edges to the hubs bigger than itself, once, and the biggest walks none (looking at every pair of hubs
// instead cost 261,357 db hits for ISKP's 200 neighbours at 1M nodes).
CALL (nodes) {
  WITH nodes, [n IN nodes WHERE COUNT { (n)--() } > $walk | {node: n, degree: COUNT { (n)--() }}] AS ranked
  WITH nodes, ranked, [h IN ranked | h.node] AS hubs
  CALL (nodes, hubs, ranked) {
    UNWIND nodes AS a
    WITH a WHERE NOT a IN hubs
    MATCH (a)-[r]-(b:Entity)
    WHERE b IN nodes AND (startNode(r) = a OR b IN hubs)
    RETURN r, startNode(r) AS s, endNode(r) AS e
    UNION
    UNWIND ranked AS h
    WITH h.node AS a, [x IN ranked WHERE x.degree > h.degree OR (x.degree = h.degree AND x.node.id > h.node.id) | x.node] AS bigger
    WHERE size(bigger) > 0
    MATCH (a)-[r]-(b)
    WHERE b IN bigger
    RETURN r, startNode(r) AS s, endNode(r) AS e
  }
  WITH r, s, e
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (r.fromLatest <= $asOf AND $asOf <= r.toEarliest)
      OR ($includeUncertain AND coalesce(r.fromEarliest <= $asOf, true) AND coalesce($asOf <= r.toLatest, true)))
  RETURN collect({rel: CASE WHEN $relProps IS NULL THEN r {.*, type: type(r)} ELSE {type: type(r), values: [k IN $relProps | r[k]]} END,
    startId: s.id, endId: e.id}) AS edges
}
RETURN [n IN nodes | {labels: labels(n), values: [k IN $props | n[k]]}] AS nodes, edges, truncated
