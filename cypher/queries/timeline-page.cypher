// A timeline page's entries from their keys (cypher/queries/timeline.cypher), in the keys' order.
// :param {keys: []}
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
OPTIONAL MATCH ()-[rel]->() WHERE elementId(rel) = k.rel
OPTIONAL MATCH (node) WHERE elementId(node) = k.node
WITH i, node, rel, startNode(rel) AS a, endNode(rel) AS b
ORDER BY i
RETURN collect({
  node: CASE WHEN node IS NULL THEN null ELSE node {.*, labels: labels(node)} END,
  edge: CASE WHEN rel IS NULL THEN null ELSE {
    rel: rel {.*, type: type(rel)},
    start: a {.*, labels: labels(a)},
    end: b {.*, labels: labels(b)}} END
}) AS page
