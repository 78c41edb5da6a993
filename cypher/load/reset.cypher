// Deletes every node and relationship of the database (npm run seed -- --reset). Constraints and indexes stay.
MATCH (n)
DETACH DELETE n
