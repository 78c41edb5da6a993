// The start of a path search (src/db/path-search.ts): its two ends, their degrees from the degree store, and its
// first level, read from the end with fewer relationships (the search's own rule for its first step), in one
// statement: on a small graph each statement is a round trip the search would otherwise wait for.
// The level is as in path-expand.cypher: at most $limit relationships (the budget, and one more to tell a level that
// goes on); when some reach the other end only those come back. No level is read when an end is missing or both
// are the same entity.
// :param {from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison', types: null, limit: 50001}
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b,
  CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)--() } END AS fromDegree,
  CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)--() } END AS toDegree
CALL (a, b, fromDegree, toDegree) {
  WITH CASE WHEN fromDegree <= toDegree THEN a ELSE b END AS near, CASE WHEN fromDegree <= toDegree THEN b ELSE a END AS far
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  OPTIONAL MATCH (near)-[r]-(m:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH near, far, m, r
  LIMIT $limit
  WITH far, collect(CASE WHEN r IS NOT NULL THEN [near.id, m.id, r.id] END) AS rows
  WITH rows, [x IN rows WHERE x[1] = far.id] AS meeting
  RETURN size(rows) AS read, CASE WHEN size(meeting) > 0 THEN meeting ELSE rows END AS kept
  UNION
  WITH * WHERE a IS NULL OR b IS NULL OR a = b
  RETURN 0 AS read, [] AS kept
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, fromDegree, toDegree,
  read, [x IN kept | x[0]] AS from, [x IN kept | x[1]] AS to, [x IN kept | x[2]] AS rel
