// How many relationships of each type many entities have, per direction (the model's types only,
// so the internal HAS_CASUALTY_REPORT is left out).
// :param {ids: ['group/iskp'], types: ['LED', 'MEMBER_OF', 'BRANCH_OF']}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE type(r) IN $types
  WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(*) AS count
  RETURN collect({type: type, direction: direction, count: count}) AS summary
}
RETURN id, summary
