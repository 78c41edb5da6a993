// Counts nodes per label and relationships per type.
RETURN
  COLLECT {
    MATCH (n)
    UNWIND labels(n) AS label
    WITH label, count(*) AS count
    ORDER BY label
    RETURN {name: label, count: count}
  } AS labels,
  COLLECT {
    MATCH ()-[r]->()
    WITH type(r) AS type, count(*) AS count
    ORDER BY type
    RETURN {name: type, count: count}
  } AS relationshipTypes
