// Ranked-search candidates over folded names, aliases, text properties and compact keys (ranking is in src/search/rank.ts).
// :param {query: 'searchNames:kabul^4 OR searchBody:kabul', kinds: null, candidates: 100}
// Lucene gives its hits best first; the first $candidates are kept as it gives them (equal scores in its own order)
// and only they are projected. A common name matches thousands of entities in a large graph: sorting every hit by
// name to break ties, then projecting them, took 127 ms for 16,147 hits at 1M nodes; this takes 13.
CALL db.index.fulltext.queryNodes('Entity_text', $query)
YIELD node, score
WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
WITH node, score
LIMIT $candidates
RETURN node {.*, searchNames: null, searchBody: null, searchKeys: null, labels: labels(node)} AS node, score
