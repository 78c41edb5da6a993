// The start of a path search (src/db/path-search.ts): its two ends, their degrees from the degree store, and its
// first level, read from the end with fewer relationships (the search's own rule for its first step), in one
// statement: on a small graph each statement is a round trip the search would otherwise wait for.
// The level is as in path-expand.cypher: at most $limit relationships (the budget, and one more to tell a level that
// goes on); when some reach the other end only those come back. No level is read when an end is missing or both
// are the same entity.
// The second level too, from the other end, when the search would read it next (the same rule as the loop: the side
// whose cost is lower, the source on a tie; the first side's cost is then what it reached times what it read) and it
// is small: the other end's degree within what is left of the budget (so no LIMIT is needed to keep the budget) and
// both levels at most 1,000 relationships (the meeting test is a list lookup here, not a parameter's set).
// :param {from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison', types: null, limit: 50001, maxLength: 4}
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b,
  CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)--() } END AS fromDegree,
  CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)--() } END AS toDegree
// The first level's side: the end with fewer relationships, the source on a tie.
WITH a, b, fromDegree, toDegree, fromDegree <= toDegree AS sourceFirst
WITH a, b, fromDegree, toDegree, sourceFirst, CASE WHEN sourceFirst THEN a ELSE b END AS near,
  CASE WHEN sourceFirst THEN b ELSE a END AS far, CASE WHEN sourceFirst THEN toDegree ELSE fromDegree END AS farDegree
CALL (a, b, near, far) {
  WITH near, far
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
// Nulls when the second level is not read here (the loop reads it, with its LIMIT, if it goes on).
OPTIONAL CALL (a, b, sourceFirst, near, far, farDegree, read, kept) {
  WITH *, COLLECT { UNWIND kept AS x WITH x WHERE x[1] <> near.id RETURN DISTINCT x[1] } AS reached
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND $maxLength > 1 AND size(reached) > 0
    AND NONE(x IN kept WHERE x[1] = far.id) AND read <= 1000 AND farDegree <= 1000 AND farDegree <= $limit - 1 - read
    AND CASE WHEN sourceFirst THEN size(reached) * read > farDegree ELSE farDegree <= size(reached) * read END
  OPTIONAL MATCH (far)-[r]-(m:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH reached, collect(CASE WHEN r IS NOT NULL THEN [far.id, m.id, r.id] END) AS rows
  WITH rows, [x IN rows WHERE x[1] IN reached] AS meeting
  RETURN size(rows) AS read2, CASE WHEN size(meeting) > 0 THEN meeting ELSE rows END AS kept2
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, fromDegree, toDegree,
  read, [x IN kept | x[0]] AS from, [x IN kept | x[1]] AS to, [x IN kept | x[2]] AS rel,
  read2, [x IN kept2 | x[0]] AS from2, [x IN kept2 | x[1]] AS to2, [x IN kept2 | x[2]] AS rel2
