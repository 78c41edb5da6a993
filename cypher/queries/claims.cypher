// Claims, optionally only those about an entity or made by one, newest first, one page.
// :param {about: 'group/islamic-state', madeBy: null, offset: 0, first: 20, props: ['id', 'statement']}
MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($madeBy IS NULL OR EXISTS { MATCH (:Entity {id: $madeBy})-[:MADE_CLAIM]->(c) })
WITH c
ORDER BY c.dateStart DESC, c.id
WITH collect(c) AS matching
RETURN size(matching) AS totalCount, [c IN matching[$offset..($offset + $first)] | {labels: labels(c), values: [k IN $props | c[k]]}] AS page
