// One level of a path search (src/db/path-search.ts): the relationships (of the asked types, any direction) of the
// frontier's entities, at most $limit of them (what is left of the budget, and one more to tell that a level goes on).
// Three lists in one row: far cheaper for the driver to decode than a record per relationship.
// :param {frontier: ['attack/2021-08-26-kabul-airport'], types: null, limit: 50001}
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH id, m.id AS to, r.id AS rel
LIMIT $limit
RETURN collect(id) AS from, collect(to) AS to, collect(rel) AS rel
