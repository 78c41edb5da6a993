// Removes what the seed no longer holds, so a record deleted from seed/ leaves the graph too:
// entities, casualty reports and the relationships between them whose ids are not in the seed. Other data in the
// database (other labels) is left alone. Safe to re-run (then it deletes nothing).
// :param {entityIds: [...], reportIds: [...], relationshipIds: [...]}
CALL () {
  MATCH (n:Entity)
  WHERE NOT n.id IN $entityIds
  DETACH DELETE n
}
CALL () {
  MATCH (c:CasualtyReport)
  WHERE NOT c.id IN $reportIds
  DETACH DELETE c
}
CALL () {
  MATCH (:Entity|CasualtyReport)-[r]->(:Entity|CasualtyReport)
  WHERE NOT r.id IN $relationshipIds
  DELETE r
}
