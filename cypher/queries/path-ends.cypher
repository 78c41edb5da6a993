// The two ends of a path search and their degrees, read from the degree store (no relationship is read): the
// search expands first from the end whose relationships cost less, and knows the cost before it reads them.
// :param {from: 'attack/2021-08-26-kabul-airport', to: 'attack/2020-08-02-jalalabad-prison'}
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)--() } END AS fromDegree,
  CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)--() } END AS toDegree
