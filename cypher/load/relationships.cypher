// Loads the relationships of one type ($type, from the model's fixed list) between existing entities,
// with their provenance (sourceIds, quotes, confidence, from/to). MERGE on id; safe to re-run.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:$($type) {id: row.id}]->(b)
// `=` not `+=`: a property removed from the record must leave the graph too (props carry the id).
SET r = row.props
