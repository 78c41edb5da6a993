// `npm run export -- --format stix|cypher|csv|graphml|gexf [--out DIR]`: the whole loaded graph in one format.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { createDatabase } from '../db/driver.js';
import { exportFormats, formats, type ExportFormat } from '../export/formats.js';
import { readWholeGraph } from '../export/read-graph.js';

const help = `Usage: npm run export -- --format <${exportFormats.join('|')}> [--out DIR]

Writes the graph loaded in Neo4j (NEO4J_URI, or the built-in server) to DIR (default: exports/):
  stix     khorasan.stix.json   STIX 2.1 bundle (OpenCTI, MISP, any TAXII client)
  cypher   khorasan.cypher      plain Cypher script (cypher-shell -f, Neo4j Browser)
  csv      nodes-*.csv, relationships-*.csv, post-import.cypher (neo4j-admin database import full)
  graphml  khorasan.graphml     GraphML (yEd, Cytoscape, networkx)
  gexf     khorasan.gexf        GEXF 1.2 with edge time intervals (Gephi's timeline)`;

async function main() {
  const { values } = parseArgs({ options: { format: { type: 'string' }, out: { type: 'string', default: 'exports' }, help: { type: 'boolean' } } });
  if (values.help) return console.log(help);
  if (!exportFormats.includes(values.format as ExportFormat)) {
    console.error(`export: --format must be one of ${exportFormats.join(', ')}${values.format ? ` (got "${values.format}")` : ''}\n\n${help}`);
    process.exitCode = 2;
    return;
  }
  const format = values.format as ExportFormat;
  const config = loadConfig({ NEO4J_TX_TIMEOUT_MS: '60000', ...process.env });
  const db = createDatabase(config);
  try {
    const started = Date.now();
    console.log(`Reading the graph from ${config.boltUri}…`);
    const graph = await readWholeGraph(db);
    console.log(`  ${graph.nodes.length} nodes, ${graph.relationships.length} relationships (${Date.now() - started} ms)`);
    console.log(`Writing ${format}…`);
    const files = formats[format].files(graph, 'khorasan');
    mkdirSync(values.out!, { recursive: true });
    let i = 0;
    for (const [name, text] of files) {
      writeFileSync(path.join(values.out!, name), text);
      i += 1;
      console.log(`  [${i}/${files.size}] ${path.join(values.out!, name)} (${Buffer.byteLength(text)} bytes)`);
    }
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(`export failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
