// Full-text search over names, aliases and compact spellings. :param {query: 'iskp^4 OR iskp~1', kinds: null, first: 10}
CALL db.index.fulltext.queryNodes('Entity_names', $query)
YIELD node, score
WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.name
LIMIT $first
