// Loads the nodes of one kind ($label, from the model's fixed list): MERGE on id, then set the row's properties.
// Every node is also an :Entity. Safe to re-run: a second run creates nothing.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$($label)
// `=` not `+=`: a property removed from the record must leave the graph too (props carry the id; labels stay).
SET n = row.props
