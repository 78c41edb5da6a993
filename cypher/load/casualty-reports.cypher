// Loads each reported casualty figure of an attack as its own :CasualtyReport node, so conflicting
// figures stay side by side with their quotes. MERGE on id; safe to re-run.
UNWIND $rows AS row
MATCH (a:Attack {id: row.attackId})
MERGE (c:CasualtyReport {id: row.id})
// `=` not `+=`: a figure or note removed from the report must leave the graph too (props carry the id).
SET c = row.props
MERGE (a)-[r:HAS_CASUALTY_REPORT {id: row.id}]->(c)
// The report's own confidence, from whose voice it is in (seed/attacks.yaml `basis`), never a constant here.
SET r = {id: row.id, sourceIds: row.props.sourceIds, quotes: row.props.quotes, confidence: row.props.confidence}
