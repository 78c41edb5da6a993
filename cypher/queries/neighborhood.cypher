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
// so a hub's edges are never all walked. Between two hubs, each pair once (the smaller hub's side), one typed
// expansion per relationship type, so each type is read from the hub with fewer edges of that type: walking every
// edge of the smaller hub to the hubs bigger than itself read 30,000 edges of a country to find the few it shares
// with ISKP at 1M nodes.
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
    UNWIND [x IN ranked WHERE x.degree > h.degree OR (x.degree = h.degree AND x.node.id > h.node.id) | x.node] AS b
    WITH h.node AS a, b
    CALL (a, b) {
      // ---- typed expansions, generated from src/model by `npm run generate` (src/model/typed-expansions.ts) ----
      MATCH (a)-[r:LED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:SUCCEEDED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:MEMBER_OF]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:FORMER_MEMBER_OF]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:BRANCH_OF]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:AFFILIATED_WITH]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:PLEDGED_ALLEGIANCE_TO]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:FORMED_FROM]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:INTEGRATED_INTO]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:RECRUITS_FROM]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:FIGHTS]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:COORDINATED_WITH]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:PART_OF]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:OVERLAPS]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:OPERATES_IN]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:BASED_IN]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:ORIGINATES_FROM]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:BORN_IN]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:FUNDED_BY]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:TRANSFERS_FUNDS_VIA]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:PERPETRATED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:DENIED_RESPONSIBILITY]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:PLANNED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:CONDUCTED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:OCCURRED_AT]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:TARGETED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:LED_ATTACK]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:KILLED_IN]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:CAPTURED_BY]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:FREED_IN]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:PUBLISHED_BY]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:LEAKED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:AUTHORED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:DESIGNATED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:ESTIMATED]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:MADE_CLAIM]-(b) RETURN r
      UNION ALL
      MATCH (a)-[r:ABOUT]-(b) RETURN r
      // ---- end of typed expansions ----
    }
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
