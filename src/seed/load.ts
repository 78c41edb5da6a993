// Loads a validated seed into Neo4j: schema first, then every node and relationship in one transaction.
import { cypher, statements } from '../db/cypher-files.js';
import type { Database } from '../db/driver.js';
import { casualtyReportRows, nodeBatches, relationshipBatches } from './to-rows.js';
import type { Seed } from './read-seed.js';

export interface LoadCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

export async function applySchema(db: Database): Promise<void> {
  for (const statement of statements(cypher('schema'))) await db.write(statement);
  // Full-text queries right after seeding must see every node.
  await db.write('CALL db.awaitIndexes(300)');
}

export async function resetDatabase(db: Database): Promise<number> {
  const r = await db.write(cypher('load/reset'));
  return r.summary.counters.updates().nodesDeleted;
}

/** The whole load: optionally wipe, apply the schema, load the seed. What `npm run seed`, `npm start` and the tests run. */
export async function loadGraph(db: Database, seed: Seed, options: { reset?: boolean; log: (line: string) => void }): Promise<LoadCounters> {
  const { reset = false, log } = options;
  if (reset) log(`  deleted ${await resetDatabase(db)} nodes.`);
  log('Applying constraints and indexes (cypher/schema.cypher)…');
  await applySchema(db);
  log('Loading (one transaction):');
  return loadSeed(db, seed, log);
}

export async function loadSeed(db: Database, seed: Seed, log: (line: string) => void): Promise<LoadCounters> {
  const total: LoadCounters = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 };
  const add = (u: ReturnType<import('neo4j-driver').QueryStatistics['updates']>) => {
    total.nodesCreated += u.nodesCreated;
    total.relationshipsCreated += u.relationshipsCreated;
    total.nodesDeleted += u.nodesDeleted;
    total.relationshipsDeleted += u.relationshipsDeleted;
    total.propertiesSet += u.propertiesSet;
    total.labelsAdded += u.labelsAdded;
    return u;
  };
  await db.writeTransaction(async (run) => {
    for (const batch of nodeBatches(seed)) {
      if (batch.rows.length === 0) continue;
      const u = add((await run(cypher('load/nodes'), { label: batch.label, rows: batch.rows })).summary.counters.updates());
      log(`  ${batch.label.padEnd(22)} ${String(batch.rows.length).padStart(4)} records, ${u.nodesCreated} created`);
    }
    const reports = casualtyReportRows(seed);
    const u = add((await run(cypher('load/casualty-reports'), { rows: reports })).summary.counters.updates());
    log(`  ${'CasualtyReport'.padEnd(22)} ${String(reports.length).padStart(4)} records, ${u.nodesCreated} created`);
    for (const batch of relationshipBatches(seed)) {
      const u = add((await run(cypher('load/relationships'), { type: batch.type, rows: batch.rows })).summary.counters.updates());
      log(`  ${(':' + batch.type).padEnd(22)} ${String(batch.rows.length).padStart(4)} records, ${u.relationshipsCreated} created`);
    }
    const pruned = add(
      (
        await run(cypher('load/prune'), {
          entityIds: Object.values(seed.nodes).flatMap((list) => list.map((n) => n.id)),
          reportIds: reports.map((r) => r.id),
          relationshipIds: [...seed.relationships.map((r) => r.id), ...reports.map((r) => r.id)],
        })
      ).summary.counters.updates(),
    );
    log(`  removed what seed/ no longer holds: ${pruned.nodesDeleted} nodes, ${pruned.relationshipsDeleted} relationships`);
  });
  return total;
}
