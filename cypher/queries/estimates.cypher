// Strength estimates over time, oldest first, optionally only those about one entity. :param about => 'group/iskp'
MATCH (e:Estimate)
WHERE $about IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Entity {id: $about}) }
RETURN e {.*, labels: labels(e)} AS node
ORDER BY e.dateStart, e.id
