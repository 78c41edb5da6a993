// Dated attacks, events and relationships touching an entity, oldest first: the keys of one page, or of every entry
// when there are more than $keepFrom (the API keeps a long timeline's keys per data version and pages them without
// sorting again: src/graphql/timeline-keys.ts). Only keys are sorted and sent; cypher/queries/timeline-page.cypher
// projects a page's entries from them.
// :param {id: 'person/aslam-farooqi', from: null, to: null, offset: 0, first: 50, keepFrom: 1000}
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
WITH n, collect({date: date, start: start, rel: elementId(rel), node: elementId(node)}) AS entries
RETURN n IS NOT NULL AS found, size(entries) AS totalCount,
  CASE WHEN size(entries) > $keepFrom THEN entries ELSE entries[$offset..($offset + $first)] END AS keys
