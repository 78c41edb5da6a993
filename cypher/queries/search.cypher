// Ranked-search candidates over folded names, aliases, text properties and compact keys (ranking is in src/search/rank.ts).
// :param {query: 'searchNames:kabul^4 OR searchBody:kabul', kinds: null, candidates: 100}
CALL db.index.fulltext.queryNodes('Entity_text', $query)
YIELD node, score
WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
RETURN node {.*, searchNames: null, searchBody: null, searchKeys: null, labels: labels(node)} AS node, score
ORDER BY score DESC, node.name
LIMIT $candidates
