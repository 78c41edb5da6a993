// Constraints and indexes of the Khorasan graph. Generated from src/model/model.ts by `npm run generate`;
// do not edit by hand. Safe to re-run (IF NOT EXISTS).

// Every entity has one unique id, whatever its label.
CREATE CONSTRAINT Entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Source: unique id.
CREATE CONSTRAINT Source_id IF NOT EXISTS
FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Person: unique id.
CREATE CONSTRAINT Person_id IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE;

// Group: unique id.
CREATE CONSTRAINT Group_id IF NOT EXISTS
FOR (n:Group) REQUIRE n.id IS UNIQUE;

// Community: unique id.
CREATE CONSTRAINT Community_id IF NOT EXISTS
FOR (n:Community) REQUIRE n.id IS UNIQUE;

// Place: unique id.
CREATE CONSTRAINT Place_id IF NOT EXISTS
FOR (n:Place) REQUIRE n.id IS UNIQUE;

// Attack: unique id.
CREATE CONSTRAINT Attack_id IF NOT EXISTS
FOR (n:Attack) REQUIRE n.id IS UNIQUE;

// Event: unique id.
CREATE CONSTRAINT Event_id IF NOT EXISTS
FOR (n:Event) REQUIRE n.id IS UNIQUE;

// Publication: unique id.
CREATE CONSTRAINT Publication_id IF NOT EXISTS
FOR (n:Publication) REQUIRE n.id IS UNIQUE;

// Estimate: unique id.
CREATE CONSTRAINT Estimate_id IF NOT EXISTS
FOR (n:Estimate) REQUIRE n.id IS UNIQUE;

// Claim: unique id.
CREATE CONSTRAINT Claim_id IF NOT EXISTS
FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// Finance: unique id.
CREATE CONSTRAINT Finance_id IF NOT EXISTS
FOR (n:Finance) REQUIRE n.id IS UNIQUE;

// CasualtyReport: unique id.
CREATE CONSTRAINT CasualtyReport_id IF NOT EXISTS
FOR (n:CasualtyReport) REQUIRE n.id IS UNIQUE;

// Source list filters and sorting by name.
CREATE INDEX Source_name IF NOT EXISTS
FOR (n:Source) ON (n.name);

// Person list filters and sorting by name.
CREATE INDEX Person_name IF NOT EXISTS
FOR (n:Person) ON (n.name);

// Group list filters and sorting by name.
CREATE INDEX Group_name IF NOT EXISTS
FOR (n:Group) ON (n.name);

// Community list filters and sorting by name.
CREATE INDEX Community_name IF NOT EXISTS
FOR (n:Community) ON (n.name);

// Place list filters and sorting by name.
CREATE INDEX Place_name IF NOT EXISTS
FOR (n:Place) ON (n.name);

// Attack list filters and sorting by name.
CREATE INDEX Attack_name IF NOT EXISTS
FOR (n:Attack) ON (n.name);

// Event list filters and sorting by name.
CREATE INDEX Event_name IF NOT EXISTS
FOR (n:Event) ON (n.name);

// Publication list filters and sorting by name.
CREATE INDEX Publication_name IF NOT EXISTS
FOR (n:Publication) ON (n.name);

// Estimate list filters and sorting by name.
CREATE INDEX Estimate_name IF NOT EXISTS
FOR (n:Estimate) ON (n.name);

// Claim list filters and sorting by name.
CREATE INDEX Claim_name IF NOT EXISTS
FOR (n:Claim) ON (n.name);

// Finance list filters and sorting by name.
CREATE INDEX Finance_name IF NOT EXISTS
FOR (n:Finance) ON (n.name);

// Attack lookups by dateStart (attack filters, timelines, place hierarchy).
CREATE INDEX Attack_dateStart IF NOT EXISTS
FOR (n:Attack) ON (n.dateStart);

// Attack lookups by killedBest (attack filters, timelines, place hierarchy).
CREATE INDEX Attack_killedBest IF NOT EXISTS
FOR (n:Attack) ON (n.killedBest);

// Attack lookups by duplicateOf (attack filters, timelines, place hierarchy).
CREATE INDEX Attack_duplicateOf IF NOT EXISTS
FOR (n:Attack) ON (n.duplicateOf);

// Event lookups by dateStart (attack filters, timelines, place hierarchy).
CREATE INDEX Event_dateStart IF NOT EXISTS
FOR (n:Event) ON (n.dateStart);

// Place lookups by placeType (attack filters, timelines, place hierarchy).
CREATE INDEX Place_placeType IF NOT EXISTS
FOR (n:Place) ON (n.placeType);

// Group lookups by groupType (attack filters, timelines, place hierarchy).
CREATE INDEX Group_groupType IF NOT EXISTS
FOR (n:Group) ON (n.groupType);

// Full-text search over names, aliases and their compact forms ("IS-KP" -> "iskp"); no stop words,
// so "IS" in "IS-KP" is kept.
CREATE FULLTEXT INDEX Entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};

// Ranked search: folded names/aliases (searchNames), folded description and text properties (searchBody),
// compact keys; the query side folds the same way (src/search/fold.ts).
CREATE FULLTEXT INDEX Entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchNames, n.searchBody, n.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
