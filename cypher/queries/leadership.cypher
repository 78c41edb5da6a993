// The leaders of a group in order, with dates, how each tenure ended, and evidence; each tenure projected to the
// properties its request selected ($relProps; null: the whole map, for validity).
// :param {groupId: 'group/iskp', props: ['id', 'name'], relProps: ['from', 'id', 'ordinal', 'to']}
OPTIONAL MATCH (g:Entity {id: $groupId})
RETURN g IS NOT NULL AS found, COLLECT {
  MATCH (p:Person)-[r:LED]->(g)
  WITH p, r
  ORDER BY coalesce(r.ordinal, 1000), r.validFrom
  RETURN {rel: CASE WHEN $relProps IS NULL THEN r {.*, type: type(r)} ELSE {type: type(r), values: [k IN $relProps | r[k]]} END,
    person: {labels: labels(p), values: [k IN $props | p[k]]}}
} AS tenures
