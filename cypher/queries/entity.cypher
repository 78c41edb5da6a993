// One entity by id, projected to the properties its request selected; the API folds the request's nested fields
// (relationships, an attack's perpetrators, …) into this projection (src/graphql/fold.ts).
// :param {id: 'group/iskp', props: ['id', 'name']}
MATCH (n:Entity {id: $id})
RETURN {labels: labels(n), values: [k IN $props | n[k]]} AS node
