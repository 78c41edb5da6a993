// Dated attacks, events and relationships touching an entity, oldest first, one page. Only keys are sorted (dates
// and element ids), and only the page is projected: attacks and events to $nodeProps, relationships' ends to
// $endProps (the properties the request selected and the sentences need, see src/graphql/selection.ts). A timeline of more than $keepFrom entries also returns its
// first $keepKeys keys: the API keeps them per data version (src/graphql/timeline-keys.ts) and sends a later page's
// keys back as $keys, which skips the walk and the sort.
// :param {id: 'person/aslam-farooqi', from: null, to: null, offset: 0, first: 50, keepFrom: 1000, keepKeys: 2000,
//   keys: null, nodeProps: ['id', 'name'], endProps: ['id', 'name']}
OPTIONAL MATCH (n:Entity {id: $id})
CALL (n) {
  WITH n WHERE $keys IS NULL
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
  WITH date, start, rel, node
  WHERE ($from IS NULL OR start >= $from) AND ($to IS NULL OR start <= $to)
  ORDER BY start, date, rel.id, node.id
  RETURN collect({date: date, start: start, rel: elementId(rel), node: elementId(node)}) AS sorted
}
WITH n, sorted, coalesce($keys, sorted[$offset..($offset + $first)]) AS keys
CALL (keys) {
  UNWIND range(0, size(keys) - 1) AS i
  WITH i, keys[i] AS k
  OPTIONAL MATCH ()-[rel]->() WHERE elementId(rel) = k.rel
  OPTIONAL MATCH (node) WHERE elementId(node) = k.node
  WITH i, k, node, rel, startNode(rel) AS a, endNode(rel) AS b
  ORDER BY i
  RETURN collect({
    date: k.date,
    start: k.start,
    node: CASE WHEN node IS NULL THEN null ELSE {labels: labels(node), values: [k IN $nodeProps | node[k]]} END,
    edge: CASE WHEN rel IS NULL THEN null ELSE {
      rel: rel {.*, type: type(rel)},
      start: {labels: labels(a), values: [k IN $endProps | a[k]]},
      end: {labels: labels(b), values: [k IN $endProps | b[k]]}} END
  }) AS page
}
RETURN n IS NOT NULL AS found, size(sorted) AS totalCount, page,
  CASE WHEN size(sorted) > $keepFrom THEN sorted[0..$keepKeys] END AS kept
