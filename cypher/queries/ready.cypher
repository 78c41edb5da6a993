// Readiness probe: Neo4j answers and the graph is loaded (at least one of the project's entities exists).
MATCH (n:Entity)
WITH n
LIMIT 1
RETURN count(n) AS loaded;
