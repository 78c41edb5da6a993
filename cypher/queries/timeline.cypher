// Dated attacks, events and relationships touching an entity, oldest first, one page.
// Only the page is projected: a hub's timeline (1,251 entries at 100k nodes) is sorted on keys, not on whole maps.
// :param {id: 'person/aslam-farooqi', from: null, to: null, offset: 0, first: 50}
OPTIONAL MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE r.validFrom IS NOT NULL
  RETURN r.from AS date, r.validFrom AS start, r AS rel, null AS node
  UNION
  MATCH (n)-[r]-(m:Entity)
  WHERE r.validFrom IS NULL AND r.validTo IS NOT NULL
  RETURN r.to AS date, r.validTo AS start, r AS rel, null AS node
  UNION
  MATCH (n)-[r]-(m:Attack|Event)
  WHERE r.validFrom IS NULL AND m.dateStart IS NOT NULL
  RETURN m.date AS date, m.dateStart AS start, r AS rel, m AS node
  UNION
  WITH n
  WHERE (n:Attack OR n:Event) AND n.dateStart IS NOT NULL
  RETURN n.date AS date, n.dateStart AS start, null AS rel, n AS node
}
WITH n, date, start, rel, node
WHERE ($from IS NULL OR start >= $from) AND ($to IS NULL OR start <= $to)
ORDER BY start, date, rel.id, node.id
WITH n, collect({date: date, start: start, rel: rel, node: node}) AS entries
CALL (entries) {
  UNWIND entries[$offset..($offset + $first)] AS e
  WITH e, e.node AS node, e.rel AS rel, startNode(e.rel) AS a, endNode(e.rel) AS b
  RETURN collect({
    date: e.date,
    start: e.start,
    node: CASE WHEN node IS NULL THEN null ELSE node {.*, labels: labels(node)} END,
    edge: CASE WHEN rel IS NULL THEN null ELSE {
      rel: rel {.*, type: type(rel)},
      start: a {.*, labels: labels(a)},
      end: b {.*, labels: labels(b)}} END
  }) AS page
}
RETURN n IS NOT NULL AS found, size(entries) AS totalCount, page
