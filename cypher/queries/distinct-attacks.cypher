// Attacks counted once: a record the text reports twice (duplicateOf) counts with the record it duplicates.
MATCH (a:Attack)
WHERE a.duplicateOf IS NULL
RETURN count(a) AS distinctAttacks
