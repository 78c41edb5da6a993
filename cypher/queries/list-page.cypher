// The tail of every kind's list (src/graphql/lists/list-query.ts puts the kind's MATCH, WHERE and ORDER BY
// before it, built from the model): one Relay page of the sorted matches, in both directions.
// $start: index after the `after` cursor (0 without one); $before: index of the `before` cursor (null: none);
// $first / $last: page sizes (null: not given). Relay's order: after/before cut the list, then first, then last.
// Try it in Browser after e.g. `MATCH (n:Person) WITH n ORDER BY n.name, n.id`:
// :param {start: 0, before: null, first: 20, last: null, props: ['id', 'name'], required: []}
WITH collect(n) AS matching
WITH matching, size(matching) AS total
WITH matching, total, CASE WHEN $before IS NULL OR $before > total THEN total ELSE $before END AS cut
WITH matching, total, CASE WHEN $first IS NULL OR $start + $first > cut THEN cut ELSE $start + $first END AS end
WITH matching, total, end, CASE WHEN $last IS NULL OR end - $last < $start THEN $start ELSE end - $last END AS start
// missing: the ids the filters name that are no entity (a typo is NOT_FOUND, not an empty answer).
RETURN total AS totalCount, start, [x IN matching[start..end] | {labels: labels(x), values: [k IN $props | x[k]]}] AS page,
  [id IN $required WHERE NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
