// How many of the project's nodes a load would remove (see prune.cypher), and how many there are: the load refuses
// to delete more than a small share without an explicit flag.
// :param {entityIds: [...], reportIds: [...]}
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS total, count(CASE WHEN NOT n.id IN $entityIds THEN 1 END) AS removed
}
CALL () {
  MATCH (c:CasualtyReport)
  RETURN count(c) AS reportTotal, count(CASE WHEN NOT c.id IN $reportIds THEN 1 END) AS reportsRemoved
}
RETURN total + reportTotal AS total, removed + reportsRemoved AS removed
