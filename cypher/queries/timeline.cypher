// Dated attacks, events and relationships touching an entity, oldest first.
// :param {id: 'person/aslam-farooqi', from: null, to: null}
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
WITH n, date, start, rel, node, startNode(rel) AS a, endNode(rel) AS b
WHERE ($from IS NULL OR start >= $from) AND ($to IS NULL OR start <= $to)
ORDER BY start, date, rel.id
RETURN n IS NOT NULL AS found, collect({
  date: date,
  start: start,
  node: CASE WHEN node IS NULL THEN null ELSE node {.*, labels: labels(node)} END,
  edge: CASE WHEN rel IS NULL THEN null ELSE {
    rel: rel {.*, type: type(rel)},
    start: a {.*, labels: labels(a)},
    end: b {.*, labels: labels(b)}} END
}) AS entries
