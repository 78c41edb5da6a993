// Entities by id, many at once (the API batches lookups), each projected to the properties its request selected.
// :param keys => [{id: 'group/iskp', props: ['id', 'name']}, {id: 'person/shahab-al-muhajir', props: ['id', 'born']}]
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
RETURN key.id AS id, key.props AS props, {labels: labels(n), values: [k IN key.props | n[k]]} AS node
