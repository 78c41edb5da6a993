// The entities within $depth hops (at most 3) of an entity, and the relationships among them.
// :param {id: 'group/iskp', depth: 1, types: null, asOf: null, limit: 200}
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH p = ANY SHORTEST (start)(()-[r]-(:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
    ){1,3}(m:Entity)
  WHERE length(p) <= $depth AND m <> start
  WITH m, length(p) AS hops
  ORDER BY hops, m.id
  RETURN collect(m) AS reached
}
WITH start, reached, size(reached) > $limit - 1 AS truncated
WITH start, [start] + reached[0..($limit - 1)] AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  RETURN collect({rel: r {.*, type: type(r)}, start: a {.*, labels: labels(a)}, end: b {.*, labels: labels(b)}}) AS edges
}
RETURN [n IN nodes | n {.*, labels: labels(n)}] AS nodes, edges, truncated
