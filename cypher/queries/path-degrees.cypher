// The degrees of the entities on a search's shortest paths, from the degree store: the paths through the
// least-connected ones come first.
// :param {ids: ['person/abdul-rahman-al-logari', 'group/iskp']}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN collect(id) AS ids, collect(COUNT { (n)--() }) AS degrees
