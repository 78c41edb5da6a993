// `npm run seed [-- --reset | --check | --allow-delete]`: validate seed/, apply the schema, load, print counts.
import path from 'node:path';
import { projectRoot } from '../local-neo4j/paths.js';
import { loadGraph } from '../seed/load.js';
import { prepareSeed } from '../seed/prepare.js';
import { formatStats, graphStats } from '../seed/stats.js';
import { parseCommand, UsageError, type Command } from './args.js';
import { connect, exitOnError, jobConfig } from './connect.js';

class SeedCheckError extends Error {
  override name = 'SeedCheckError';
}

const command: Command = {
  usage: 'npm run seed [-- --reset | --check | --allow-delete]',
  description:
    'Validates every record in SEED_DIR, checks each quote against its source text in SOURCES_DIR, then loads the\n' +
    'graph into Neo4j in one transaction (NEO4J_URI, or the built-in server, started if needed) and prints the counts.',
  options: { reset: { type: 'boolean' }, check: { type: 'boolean' }, 'allow-delete': { type: 'boolean' } },
  help: {
    reset: 'Replace every node and relationship in the database with the seed, in one transaction with the load.',
    check: 'Only validate; connect to nothing, write nothing (npm run seed:check). Fails if a quote cannot be checked.',
    'allow-delete': "Let the load delete more than 10 % of the graph's nodes (records removed from SEED_DIR); refused otherwise.",
  },
};

async function main(argv: string[]): Promise<void> {
  const { values } = parseCommand(command, argv);
  if (values.reset && values.check) throw new UsageError('--reset and --check exclude each other: --check writes nothing.');
  const config = jobConfig();
  const { seed, uncheckedSources } = prepareSeed(config.SEED_DIR, config.SOURCES_DIR);
  const records = Object.values(seed.nodes).reduce((n, list) => n + list.length, 0) + seed.relationships.length;
  console.log(`Seed is valid: ${records} records (nodes and relationships).`);
  // Checking and loading must prove every quote: without the texts a fabricated quote would pass (npm start alone may
  // load a committed seed without them, saying so).
  if (uncheckedSources.length > 0) {
    throw new SeedCheckError(
      `Cannot verify the quotes: the text of ${uncheckedSources.join(', ')} is absent. Put the source texts in ` +
        `${path.resolve(projectRoot, config.SOURCES_DIR)} (SOURCES_DIR) and run again; nothing was written.`,
    );
  }
  if (values.check) return;

  const db = await connect(config);
  try {
    if (values.reset) {
      console.log(
        `--reset: replacing every node and relationship in database "${config.NEO4J_DATABASE}" at ${config.boltUri} (one transaction with the load)…`,
      );
    }
    const c = await loadGraph(db, seed, { reset: values.reset === true, allowDelete: values['allow-delete'] === true, log: console.log });
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
