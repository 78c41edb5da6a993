// Designations of groups by authorities, oldest first, optionally of one group. :param groupId => 'group/iskp'
MATCH (authority:Entity)-[r:DESIGNATED]->(g:Entity)
WHERE $groupId IS NULL OR g.id = $groupId
RETURN r {.*, type: type(r)} AS rel, authority {.*, labels: labels(authority)} AS start, g {.*, labels: labels(g)} AS end
ORDER BY r.validFrom, r.id
