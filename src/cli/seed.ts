// `npm run seed [-- --reset | --check]`: validate seed/, apply the schema, load, print counts.
import { loadConfig } from '../config/config.js';
import { loadGraph } from '../seed/load.js';
import { prepareSeed } from '../seed/prepare.js';
import { formatStats, graphStats } from '../seed/stats.js';
import { connect, exitOnError } from './connect.js';

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => !['--reset', '--check'].includes(a));
  if (unknown.length) throw Object.assign(new Error(`Unknown option ${unknown[0]}; use --reset or --check.`), { name: 'ConfigError' });
  const config = loadConfig();
  const { seed, uncheckedSources } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);
  const records = Object.values(seed.nodes).reduce((n, list) => n + list.length, 0) + seed.relationships.length;
  console.log(`Seed is valid: ${records} records (nodes and relationships).`);
  for (const s of uncheckedSources) console.warn(`Warning: the text of ${s} is absent, so its quotes were not checked.`);
  if (args.includes('--check')) return;

  const db = await connect(config);
  try {
    if (args.includes('--reset')) {
      console.log(`--reset: deleting every node and relationship in database "${config.NEO4J_DATABASE}" at ${config.boltUri}…`);
    }
    const c = await loadGraph(db, seed, { reset: args.includes('--reset'), log: console.log });
    console.log(
      `Neo4j update counters: ${c.nodesCreated} nodes created, ${c.relationshipsCreated} relationships created, ` +
        `${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships deleted, ${c.propertiesSet} properties set.`,
    );
    if (c.nodesCreated + c.relationshipsCreated + c.nodesDeleted + c.relationshipsDeleted === 0) console.log('Nothing new: the graph already held this seed.');
    console.log(formatStats(await graphStats(db)));
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch(exitOnError);
