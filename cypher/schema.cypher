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

// LED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX LED_outPage IF NOT EXISTS
FOR ()-[r:LED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX LED_inPage IF NOT EXISTS
FOR ()-[r:LED]-() ON (r.endId, r.validFrom, r.id);

// SUCCEEDED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX SUCCEEDED_outPage IF NOT EXISTS
FOR ()-[r:SUCCEEDED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX SUCCEEDED_inPage IF NOT EXISTS
FOR ()-[r:SUCCEEDED]-() ON (r.endId, r.validFrom, r.id);

// MEMBER_OF: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX MEMBER_OF_outPage IF NOT EXISTS
FOR ()-[r:MEMBER_OF]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX MEMBER_OF_inPage IF NOT EXISTS
FOR ()-[r:MEMBER_OF]-() ON (r.endId, r.validFrom, r.id);

// FORMER_MEMBER_OF: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX FORMER_MEMBER_OF_outPage IF NOT EXISTS
FOR ()-[r:FORMER_MEMBER_OF]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX FORMER_MEMBER_OF_inPage IF NOT EXISTS
FOR ()-[r:FORMER_MEMBER_OF]-() ON (r.endId, r.validFrom, r.id);

// BRANCH_OF: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX BRANCH_OF_outPage IF NOT EXISTS
FOR ()-[r:BRANCH_OF]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX BRANCH_OF_inPage IF NOT EXISTS
FOR ()-[r:BRANCH_OF]-() ON (r.endId, r.validFrom, r.id);

// AFFILIATED_WITH: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX AFFILIATED_WITH_outPage IF NOT EXISTS
FOR ()-[r:AFFILIATED_WITH]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX AFFILIATED_WITH_inPage IF NOT EXISTS
FOR ()-[r:AFFILIATED_WITH]-() ON (r.endId, r.validFrom, r.id);

// PLEDGED_ALLEGIANCE_TO: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX PLEDGED_ALLEGIANCE_TO_outPage IF NOT EXISTS
FOR ()-[r:PLEDGED_ALLEGIANCE_TO]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX PLEDGED_ALLEGIANCE_TO_inPage IF NOT EXISTS
FOR ()-[r:PLEDGED_ALLEGIANCE_TO]-() ON (r.endId, r.validFrom, r.id);

// FORMED_FROM: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX FORMED_FROM_outPage IF NOT EXISTS
FOR ()-[r:FORMED_FROM]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX FORMED_FROM_inPage IF NOT EXISTS
FOR ()-[r:FORMED_FROM]-() ON (r.endId, r.validFrom, r.id);

// INTEGRATED_INTO: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX INTEGRATED_INTO_outPage IF NOT EXISTS
FOR ()-[r:INTEGRATED_INTO]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX INTEGRATED_INTO_inPage IF NOT EXISTS
FOR ()-[r:INTEGRATED_INTO]-() ON (r.endId, r.validFrom, r.id);

// RECRUITS_FROM: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX RECRUITS_FROM_outPage IF NOT EXISTS
FOR ()-[r:RECRUITS_FROM]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX RECRUITS_FROM_inPage IF NOT EXISTS
FOR ()-[r:RECRUITS_FROM]-() ON (r.endId, r.validFrom, r.id);

// FIGHTS: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX FIGHTS_outPage IF NOT EXISTS
FOR ()-[r:FIGHTS]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX FIGHTS_inPage IF NOT EXISTS
FOR ()-[r:FIGHTS]-() ON (r.endId, r.validFrom, r.id);

// COORDINATED_WITH: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX COORDINATED_WITH_outPage IF NOT EXISTS
FOR ()-[r:COORDINATED_WITH]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX COORDINATED_WITH_inPage IF NOT EXISTS
FOR ()-[r:COORDINATED_WITH]-() ON (r.endId, r.validFrom, r.id);

// PART_OF: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX PART_OF_outPage IF NOT EXISTS
FOR ()-[r:PART_OF]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX PART_OF_inPage IF NOT EXISTS
FOR ()-[r:PART_OF]-() ON (r.endId, r.validFrom, r.id);

// OVERLAPS: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX OVERLAPS_outPage IF NOT EXISTS
FOR ()-[r:OVERLAPS]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX OVERLAPS_inPage IF NOT EXISTS
FOR ()-[r:OVERLAPS]-() ON (r.endId, r.validFrom, r.id);

// OPERATES_IN: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX OPERATES_IN_outPage IF NOT EXISTS
FOR ()-[r:OPERATES_IN]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX OPERATES_IN_inPage IF NOT EXISTS
FOR ()-[r:OPERATES_IN]-() ON (r.endId, r.validFrom, r.id);

// BASED_IN: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX BASED_IN_outPage IF NOT EXISTS
FOR ()-[r:BASED_IN]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX BASED_IN_inPage IF NOT EXISTS
FOR ()-[r:BASED_IN]-() ON (r.endId, r.validFrom, r.id);

// ORIGINATES_FROM: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX ORIGINATES_FROM_outPage IF NOT EXISTS
FOR ()-[r:ORIGINATES_FROM]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX ORIGINATES_FROM_inPage IF NOT EXISTS
FOR ()-[r:ORIGINATES_FROM]-() ON (r.endId, r.validFrom, r.id);

// BORN_IN: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX BORN_IN_outPage IF NOT EXISTS
FOR ()-[r:BORN_IN]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX BORN_IN_inPage IF NOT EXISTS
FOR ()-[r:BORN_IN]-() ON (r.endId, r.validFrom, r.id);

// FUNDED_BY: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX FUNDED_BY_outPage IF NOT EXISTS
FOR ()-[r:FUNDED_BY]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX FUNDED_BY_inPage IF NOT EXISTS
FOR ()-[r:FUNDED_BY]-() ON (r.endId, r.validFrom, r.id);

// TRANSFERS_FUNDS_VIA: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX TRANSFERS_FUNDS_VIA_outPage IF NOT EXISTS
FOR ()-[r:TRANSFERS_FUNDS_VIA]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX TRANSFERS_FUNDS_VIA_inPage IF NOT EXISTS
FOR ()-[r:TRANSFERS_FUNDS_VIA]-() ON (r.endId, r.validFrom, r.id);

// PERPETRATED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX PERPETRATED_outPage IF NOT EXISTS
FOR ()-[r:PERPETRATED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX PERPETRATED_inPage IF NOT EXISTS
FOR ()-[r:PERPETRATED]-() ON (r.endId, r.validFrom, r.id);

// DENIED_RESPONSIBILITY: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX DENIED_RESPONSIBILITY_outPage IF NOT EXISTS
FOR ()-[r:DENIED_RESPONSIBILITY]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX DENIED_RESPONSIBILITY_inPage IF NOT EXISTS
FOR ()-[r:DENIED_RESPONSIBILITY]-() ON (r.endId, r.validFrom, r.id);

// PLANNED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX PLANNED_outPage IF NOT EXISTS
FOR ()-[r:PLANNED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX PLANNED_inPage IF NOT EXISTS
FOR ()-[r:PLANNED]-() ON (r.endId, r.validFrom, r.id);

// CONDUCTED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX CONDUCTED_outPage IF NOT EXISTS
FOR ()-[r:CONDUCTED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX CONDUCTED_inPage IF NOT EXISTS
FOR ()-[r:CONDUCTED]-() ON (r.endId, r.validFrom, r.id);

// OCCURRED_AT: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX OCCURRED_AT_outPage IF NOT EXISTS
FOR ()-[r:OCCURRED_AT]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX OCCURRED_AT_inPage IF NOT EXISTS
FOR ()-[r:OCCURRED_AT]-() ON (r.endId, r.validFrom, r.id);

// TARGETED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX TARGETED_outPage IF NOT EXISTS
FOR ()-[r:TARGETED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX TARGETED_inPage IF NOT EXISTS
FOR ()-[r:TARGETED]-() ON (r.endId, r.validFrom, r.id);

// LED_ATTACK: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX LED_ATTACK_outPage IF NOT EXISTS
FOR ()-[r:LED_ATTACK]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX LED_ATTACK_inPage IF NOT EXISTS
FOR ()-[r:LED_ATTACK]-() ON (r.endId, r.validFrom, r.id);

// KILLED_IN: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX KILLED_IN_outPage IF NOT EXISTS
FOR ()-[r:KILLED_IN]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX KILLED_IN_inPage IF NOT EXISTS
FOR ()-[r:KILLED_IN]-() ON (r.endId, r.validFrom, r.id);

// CAPTURED_BY: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX CAPTURED_BY_outPage IF NOT EXISTS
FOR ()-[r:CAPTURED_BY]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX CAPTURED_BY_inPage IF NOT EXISTS
FOR ()-[r:CAPTURED_BY]-() ON (r.endId, r.validFrom, r.id);

// FREED_IN: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX FREED_IN_outPage IF NOT EXISTS
FOR ()-[r:FREED_IN]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX FREED_IN_inPage IF NOT EXISTS
FOR ()-[r:FREED_IN]-() ON (r.endId, r.validFrom, r.id);

// PUBLISHED_BY: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX PUBLISHED_BY_outPage IF NOT EXISTS
FOR ()-[r:PUBLISHED_BY]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX PUBLISHED_BY_inPage IF NOT EXISTS
FOR ()-[r:PUBLISHED_BY]-() ON (r.endId, r.validFrom, r.id);

// LEAKED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX LEAKED_outPage IF NOT EXISTS
FOR ()-[r:LEAKED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX LEAKED_inPage IF NOT EXISTS
FOR ()-[r:LEAKED]-() ON (r.endId, r.validFrom, r.id);

// AUTHORED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX AUTHORED_outPage IF NOT EXISTS
FOR ()-[r:AUTHORED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX AUTHORED_inPage IF NOT EXISTS
FOR ()-[r:AUTHORED]-() ON (r.endId, r.validFrom, r.id);

// DESIGNATED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX DESIGNATED_outPage IF NOT EXISTS
FOR ()-[r:DESIGNATED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX DESIGNATED_inPage IF NOT EXISTS
FOR ()-[r:DESIGNATED]-() ON (r.endId, r.validFrom, r.id);

// ESTIMATED: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX ESTIMATED_outPage IF NOT EXISTS
FOR ()-[r:ESTIMATED]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX ESTIMATED_inPage IF NOT EXISTS
FOR ()-[r:ESTIMATED]-() ON (r.endId, r.validFrom, r.id);

// MADE_CLAIM: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX MADE_CLAIM_outPage IF NOT EXISTS
FOR ()-[r:MADE_CLAIM]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX MADE_CLAIM_inPage IF NOT EXISTS
FOR ()-[r:MADE_CLAIM]-() ON (r.endId, r.validFrom, r.id);

// ABOUT: a hub's page of these edges, from either end, in page order (src/graphql/hub-pages.ts).
CREATE INDEX ABOUT_outPage IF NOT EXISTS
FOR ()-[r:ABOUT]-() ON (r.startId, r.validFrom, r.id);
CREATE INDEX ABOUT_inPage IF NOT EXISTS
FOR ()-[r:ABOUT]-() ON (r.endId, r.validFrom, r.id);

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
