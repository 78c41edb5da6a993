// The shortest paths between two entities, up to $maxLength (at most 6) relationships, in any direction.
// :param {from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison', maxLength: 4, types: null, first: 5}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r]-(:Entity) WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
WHERE length(p) <= $maxLength
WITH p
LIMIT $first
RETURN
  [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | r {.*, type: type(r), startId: startNode(r).id}] AS rels
