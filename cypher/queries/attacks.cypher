// Attacks filtered by perpetrator, place (including every place inside it), dates, target and death toll;
// sorted and paged. :param {perpetrator: 'group/iskp', attribution: null, place: 'place/nangarhar-province',
//   from: null, to: null, target: null, minKilled: null, order: 'DATE_DESC', offset: 0, first: 20,
//   props: ['id', 'name', 'date'], required: ['group/iskp', 'place/nangarhar-province'], counted: true, walk: 1000,
//   scan: 5000}  (the properties the request selected, see src/graphql/selection.ts)
// A place or a perpetrator given: walk down from it (the place's sub-places by PART_OF, at most 6 levels) instead
// of testing every attack, so the read grows with the answer, not with the graph. The branch whose condition is
// false does no work.
// A hub perpetrator or a hub place (named alone, with more than $walk relationships, newest first, no count asked):
// its attacks are read from the Attack_dateStart index newest first, each tested for being its own (perpetrated by
// it; at a place inside it, climbing PART_OF from the attack's places), until the page is full, so the read grows
// with the page, its share of the attacks and the date's ties, not with the hub. The read stops at the date of the
// ($scan + 1)th newest attack (all of that date included, so ties are whole): a hub with few attacks of its own is
// not tested against every attack. Only records that duplicate none are read, each tested with the records that
// duplicate it (a filter that matches either reading finds it), so the order is that of the records listed. When the
// page is not full (few attacks of its own, or undated ones to list last), the walk below answers.
// Otherwise places are walked down: a climb from every attack of a small place's graph costs more than the walk.
OPTIONAL MATCH (root:Entity {id: coalesce($perpetrator, $place)})
WITH CASE WHEN NOT $counted AND $order = 'DATE_DESC' AND ($place IS NULL OR $perpetrator IS NULL)
    AND $attribution IS NULL AND $from IS NULL AND $to IS NULL AND $target IS NULL AND $minKilled IS NULL
    AND COUNT { (root)--() } > $walk THEN root END AS hub
CALL (hub) {
  WITH hub WHERE hub IS NOT NULL
  MATCH (x:Attack) WHERE x.dateStart IS NOT NULL
  WITH x.dateStart AS d ORDER BY d DESC SKIP $scan LIMIT 1
  RETURN collect(d)[0] AS cut
}
CALL (hub, cut) {
  CALL (hub, cut) {
    WITH hub WHERE hub IS NOT NULL
    MATCH (a:Attack)
    WHERE a.dateStart >= coalesce(cut, date('0001-01-01')) AND a.duplicateOf IS NULL AND EXISTS {
      CALL (a) { RETURN a AS reading UNION MATCH (reading:Attack {duplicateOf: a.id}) RETURN reading }
      WITH reading
      // From the record's side, never from the hub: its perpetrators are collected from the record, and the climb
      // starts at the record's places and only checks for the hub (at 1M nodes 13 db hits an attack; collecting
      // every ancestor to look the hub up among them took 680, the synthetic places having several parents).
      WHERE CASE WHEN $place IS NULL
        THEN hub.id IN COLLECT { MATCH (reading)<-[:PERPETRATED]-(by:Entity) RETURN by.id }
        ELSE EXISTS { MATCH (reading)-[:OCCURRED_AT]->(:Place)-[:PART_OF*0..6]->(hub) }
      END
    }
    RETURN a ORDER BY a.dateStart DESC, a.id LIMIT $offset + $first
  }
  RETURN collect(a) AS dated
}
WITH CASE WHEN size(dated) = $offset + $first THEN dated END AS indexed
CALL (indexed) {
  CALL (indexed) {
    WITH * WHERE indexed IS NULL
    CALL () {
      WITH * WHERE $place IS NOT NULL
      MATCH (:Place {id: $place})<-[:PART_OF]-{0,6}(:Place)<-[:OCCURRED_AT]-(a:Attack)
      RETURN DISTINCT a
      UNION
      WITH * WHERE $place IS NULL AND $perpetrator IS NOT NULL
      MATCH (:Entity {id: $perpetrator})-[:PERPETRATED]->(a:Attack)
      RETURN DISTINCT a
      UNION
      WITH * WHERE $place IS NULL AND $perpetrator IS NULL
      MATCH (a:Attack)
      RETURN a
    }
    WITH a
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
      AND ($target IS NULL OR EXISTS {
        MATCH (a)-[:TARGETED]->(:Entity {id: $target})
      })
    // An attack the text reports twice (duplicateOf) is listed and counted once, as the record it duplicates;
    // a filter that matches either reading finds it.
    OPTIONAL MATCH (original:Attack {id: a.duplicateOf})
    WITH DISTINCT coalesce(original, a) AS a
    RETURN a ORDER BY
      CASE WHEN $order = 'DATE_ASC' THEN coalesce(a.dateStart, date('9999-12-31')) END ASC,
      CASE WHEN $order = 'DATE_DESC' THEN coalesce(a.dateStart, date('0001-01-01')) END DESC,
      CASE WHEN $order = 'KILLED_DESC' THEN coalesce(a.killedBest, -1) END DESC,
      a.id
    // Without totalCount or pageInfo asked ($counted false) only the page is kept while sorting (a top-k, not a sort of
    // every match); the count then stays null.
    LIMIT CASE WHEN $counted THEN 1000000000 ELSE $offset + $first END
  }
  RETURN collect(a) AS walked
}
WITH coalesce(indexed, walked) AS matching
// The ids the filters name that are no entity (a typo is NOT_FOUND, not an empty answer), in the same round trip.
RETURN CASE WHEN $counted THEN size(matching) END AS totalCount,
  [a IN matching[$offset..($offset + $first)] | {labels: labels(a), values: [k IN $props | a[k]]}] AS page,
  [id IN $required WHERE NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
