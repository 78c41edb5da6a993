// Relationships of many entities at once, filtered by type, direction and date, one page each.
// :param {ids: ['group/iskp'], types: ['LED'], direction: 'BOTH', asOf: date('2019-12-01'), includeUncertain: false,
//   offset: 0, first: 20, props: ['id', 'name'], hub: 20000, pageable: false}
//   (props: the ends' properties the request selected, see src/graphql/selection.ts)
// A node with more than $hub relationships, asked without a date ($pageable), is a hub: it is only flagged here and
// its page comes from the page indexes (src/graphql/hub-pages.ts) instead of sorting all its edges.
// asOf keeps relationships known to hold on that date: started by then at the latest, ended no earlier
// (fromLatest <= asOf <= toEarliest, src/model/validity.ts). With includeUncertain also those that may hold:
// undated, open-ended, or with asOf inside a month- or year-precise boundary.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, $pageable AND COUNT { (n)--() } > $hub AS hub
CALL (n, hub) {
  WITH n WHERE NOT hub
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
      OR ($direction = 'OUT' AND startNode(r) = n)
      OR ($direction = 'IN' AND endNode(r) = n))
    AND ($asOf IS NULL
      OR (r.fromLatest <= $asOf AND $asOf <= r.toEarliest)
      OR ($includeUncertain AND coalesce(r.fromEarliest <= $asOf, true) AND coalesce($asOf <= r.toLatest, true)))
  WITH r
  ORDER BY r.validFrom, type(r), r.id
  RETURN collect(r) AS matching
}
// Only the page's relationships are turned into maps.
CALL (matching) {
  UNWIND matching[$offset..($offset + $first)] AS r
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({rel: r {.*, type: type(r)}, start: {labels: labels(a), values: [k IN $props | a[k]]},
    end: {labels: labels(b), values: [k IN $props | b[k]]}}) AS page
}
RETURN id, hub, size(matching) AS totalCount, page
