// The places containing each place, nearest first. :param ids => ['place/jalalabad']
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN id, COLLECT {
  MATCH path = (p)-[:PART_OF]->+(parent:Place)
  WITH parent, min(length(path)) AS distance
  ORDER BY distance, parent.id
  RETURN parent {.*, labels: labels(parent)}
} AS parents
