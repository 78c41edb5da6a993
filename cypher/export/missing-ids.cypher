// Which of the given ids name no entity (an export of an unknown id is NOT_FOUND, not an empty file).
// :param {ids: ['group/iskp', 'person/no-such-person']}
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n
WHERE n IS NULL
RETURN collect(id) AS missing
