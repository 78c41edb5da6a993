// Attacks filtered by perpetrator, place (including every place inside it), dates, target and death toll;
// sorted and paged. :param {perpetrator: 'group/iskp', attribution: null, place: 'place/nangarhar-province',
//   from: null, to: null, target: null, minKilled: null, order: 'DATE_DESC', offset: 0, first: 20,
//   props: ['id', 'name', 'date']}  (the properties the request selected, see src/graphql/selection.ts)
MATCH (a:Attack)
WHERE ($from IS NULL OR a.dateEnd >= $from)
  AND ($to IS NULL OR a.dateStart <= $to)
  AND ($minKilled IS NULL OR a.killedBest >= $minKilled)
  AND ($perpetrator IS NULL OR EXISTS {
    MATCH (:Entity {id: $perpetrator})-[r:PERPETRATED]->(a)
    WHERE $attribution IS NULL OR r.attribution IN $attribution
  })
  AND ($attribution IS NULL OR EXISTS {
    MATCH (:Entity)-[r:PERPETRATED]->(a)
    WHERE r.attribution IN $attribution
  })
  AND ($place IS NULL OR EXISTS {
    MATCH (a)-[:OCCURRED_AT]->(:Place)-[:PART_OF]->{0,6}(:Place {id: $place})
  })
  AND ($target IS NULL OR EXISTS {
    MATCH (a)-[:TARGETED]->(:Entity {id: $target})
  })
// An attack the text reports twice (duplicateOf) is listed and counted once, as the record it duplicates;
// a filter that matches either reading finds it.
OPTIONAL MATCH (original:Attack {id: a.duplicateOf})
WITH DISTINCT coalesce(original, a) AS a
ORDER BY
  CASE WHEN $order = 'DATE_ASC' THEN coalesce(a.dateStart, date('9999-12-31')) END ASC,
  CASE WHEN $order = 'DATE_DESC' THEN coalesce(a.dateStart, date('0001-01-01')) END DESC,
  CASE WHEN $order = 'KILLED_DESC' THEN coalesce(a.killedBest, -1) END DESC,
  a.id
WITH collect(a) AS matching
RETURN size(matching) AS totalCount, [a IN matching[$offset..($offset + $first)] | {labels: labels(a), values: [k IN $props | a[k]]}] AS page
