// The neighbours of many entities over one relationship type and direction each, at once: how the API fills
// fields like Attack.perpetrators or Claim.madeBy without one query per item.
// :param keys => [{id: 'attack/2021-08-26-kabul-airport', type: 'PERPETRATED', direction: 'IN'}]
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  OPTIONAL MATCH (n)-[r]-(m)
  WHERE type(r) = key.type
    AND ((key.direction = 'OUT' AND startNode(r) = n) OR (key.direction = 'IN' AND endNode(r) = n))
  WITH r, m
  ORDER BY coalesce(r.ordinal, m.ordinal, 0), r.validFrom, m.id
  RETURN collect({rel: r {.*, type: type(r)}, node: m {.*, labels: labels(m)}}) AS links
}
RETURN key.id AS id, key.type AS type, key.direction AS direction, links
