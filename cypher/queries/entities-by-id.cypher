// Entities by id, many at once (the API batches lookups). :param ids => ['group/iskp', 'person/shahab-al-muhajir']
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, labels: labels(n)} AS node
