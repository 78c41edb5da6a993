// The neighbours of many entities over one relationship type and direction each, at once: how the API fills
// fields like Attack.perpetrators or Claim.madeBy without one query per item.
// Entity neighbours are projected to the properties the request selected (key.props); casualty reports whole.
// :param keys => [{id: 'attack/2021-08-26-kabul-airport', type: 'PERPETRATED', direction: 'IN', props: ['id', 'name']}]
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  OPTIONAL MATCH (n)-[r]-(m)
  WHERE type(r) = key.type
    AND ((key.direction = 'OUT' AND startNode(r) = n) OR (key.direction = 'IN' AND endNode(r) = n))
  WITH r, m
  ORDER BY coalesce(r.ordinal, m.ordinal, 0), r.validFrom, m.id
  RETURN collect({rel: r {.*, type: type(r)}, node: CASE WHEN m:Entity THEN {labels: labels(m), values: [k IN key.props | m[k]]} ELSE m {.*, labels: labels(m)} END}) AS links
}
RETURN key.id AS id, key.type AS type, key.direction AS direction, key.props AS props, links
