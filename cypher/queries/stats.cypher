// Counts nodes per label and relationships per type, from Neo4j's count store (no scan: one procedure call whatever
// the graph's size; the scan this replaced was 49x slower at 1M nodes, /work/shared/measurements/scale-1m.md cause 3).
// A statement with one COUNT per label and type also reads the count store, but took seconds to plan on a busy machine.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN
  COLLECT {
    UNWIND data.nodes AS x
    WITH x WHERE x.label IS NOT NULL AND x.count > 0
    RETURN {name: x.label, count: x.count} AS c ORDER BY c.name
  } AS labels,
  COLLECT {
    UNWIND data.relationships AS x
    WITH x WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL AND x.count > 0
    RETURN {name: x.relationshipType, count: x.count} AS c ORDER BY c.name
  } AS relationshipTypes
