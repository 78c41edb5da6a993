// The places containing each place, nearest first, projected to the selected properties.
// :param keys => [{id: 'place/jalalabad', props: ['id', 'name']}]
UNWIND $keys AS key
MATCH (p:Place {id: key.id})
RETURN key.id AS id, key.props AS props, COLLECT {
  MATCH path = (p)-[:PART_OF]->+(parent:Place)
  WITH parent, min(length(path)) AS distance
  ORDER BY distance, parent.id
  RETURN {labels: labels(parent), values: [k IN key.props | parent[k]]}
} AS parents
