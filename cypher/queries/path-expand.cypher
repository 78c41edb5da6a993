// One level of a path search: the relationships (of the asked types, any direction) of the frontier's entities,
// each neighbour with its degree from the degree store, so the search knows what the next level would read
// before it reads it. At most the sum of the frontier's degrees rows, which the search checked against its budget.
// :param {frontier: ['attack/2021-08-26-kabul-airport'], types: null}
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN id AS from, m.id AS to, r.id AS rel, elementId(r) AS element, COUNT { (m)--() } AS degree
