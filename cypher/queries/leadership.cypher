// The leaders of a group in order, with dates, how each tenure ended, and evidence. :param {groupId: 'group/iskp', props: ['id', 'name']}
OPTIONAL MATCH (g:Entity {id: $groupId})
RETURN g IS NOT NULL AS found, COLLECT {
  MATCH (p:Person)-[r:LED]->(g)
  WITH p, r
  ORDER BY coalesce(r.ordinal, 1000), r.validFrom
  RETURN {rel: r {.*, type: type(r)}, person: {labels: labels(p), values: [k IN $props | p[k]]}}
} AS tenures
