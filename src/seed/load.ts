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

/** A load may remove at most this share of the project's nodes unless asked to (a half-empty seed must not wipe the graph). */
export const MAX_PRUNE_SHARE = 0.1;

/** Thrown, inside the load's transaction so nothing is written, when the load would delete too much. */
export class PruneRefusedError extends Error {
  override name = 'PruneRefusedError';
}

export interface LoadOptions {
  /** Delete every node and relationship first, in the same transaction as the load: a kill leaves the old graph or the new. */
  reset?: boolean;
  /** Let the load remove more than MAX_PRUNE_SHARE of the project's nodes (`npm run seed -- --allow-delete`). */
  allowDelete?: boolean;
  log: (line: string) => void;
}

/** The whole load: apply the schema (idempotent), then reset (optionally), load and prune in one transaction. */
export async function loadGraph(db: Database, seed: Seed, options: LoadOptions): Promise<LoadCounters> {
  options.log('Applying constraints and indexes (cypher/schema.cypher)…');
  await applySchema(db);
  options.log('Loading (one transaction):');
  return loadSeed(db, seed, options.log, options);
}

export async function loadSeed(db: Database, seed: Seed, log: (line: string) => void, options: Omit<LoadOptions, 'log'> = {}): Promise<LoadCounters> {
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
  // The driver wraps what the work throws; keep our refusal so the caller gets its own message and name.
  let refused: PruneRefusedError | undefined;
  try {
    await db.writeTransaction(async (run) => {
      // Inside the load's transaction (not before it): killed at any moment, Neo4j keeps the old graph or commits the new.
      if (options.reset) log(`  deleted ${add((await run(cypher('load/reset'))).summary.counters.updates()).nodesDeleted} nodes (commits with the load).`);
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
      const keep = {
        entityIds: Object.values(seed.nodes).flatMap((list) => list.map((n) => n.id)),
        reportIds: reports.map((r) => r.id),
        relationshipIds: [...seed.relationships.map((r) => r.id), ...reports.map((r) => r.id)],
      };
      const count = (await run(cypher('load/prune-count'), keep)).records[0]!;
      const [total, removed] = [Number(count.get('total')), Number(count.get('removed'))];
      if (!options.allowDelete && removed > 0 && removed > total * MAX_PRUNE_SHARE) {
        throw (refused = new PruneRefusedError(
          `Refused: this load would delete ${removed} of the ${total} nodes in the graph (more than ${MAX_PRUNE_SHARE * 100} %), ` +
            'because seed/ no longer holds them. Nothing was written. If that is intended, run `npm run seed -- --allow-delete`.',
        ));
      }
      const pruned = add((await run(cypher('load/prune'), keep)).summary.counters.updates());
      log(`  removed what seed/ no longer holds: ${pruned.nodesDeleted} nodes, ${pruned.relationshipsDeleted} relationships`);
    });
  } catch (e) {
    throw refused ?? e;
  }
  return total;
}
