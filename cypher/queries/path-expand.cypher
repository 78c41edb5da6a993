// One level of a path search (src/db/path-search.ts): the relationships (of the asked types, any direction) of the
// frontier's entities, at most $limit of them (what is left of the budget, and one more to tell that a level goes on).
// When some reach the other side's frontier ($goal) only those come back: the search ends there and needs no other,
// and the level's relationships cost Neo4j less to read than the API to receive (ISKP to the Taliban at 1M nodes:
// 32,511 read, 1,912 sent). Three lists in one row: cheaper for the driver to decode than a record each.
// :param {frontier: ['attack/2021-08-26-kabul-airport'], goal: ['attack/2020-08-02-jalalabad-prison'], types: null, limit: 50001}
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH id, m.id AS to, r.id AS rel
LIMIT $limit
WITH collect([id, to, rel]) AS rows
WITH rows, [x IN rows WHERE x[1] IN $goal] AS meeting
WITH size(rows) AS read, CASE WHEN size(meeting) > 0 THEN meeting ELSE rows END AS kept
RETURN read, [x IN kept | x[0]] AS from, [x IN kept | x[1]] AS to, [x IN kept | x[2]] AS rel
