// Loads each reported casualty figure of an attack as its own :CasualtyReport node, so conflicting
// figures stay side by side with their quotes. MERGE on id; safe to re-run.
UNWIND $rows AS row
MATCH (a:Attack {id: row.attackId})
MERGE (c:CasualtyReport {id: row.id})
SET c += row.props
MERGE (a)-[r:HAS_CASUALTY_REPORT {id: row.id}]->(c)
SET r.sourceIds = row.props.sourceIds,
    r.quotes = row.props.quotes,
    r.confidence = 'medium'
