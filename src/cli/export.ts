// `npm run export -- --format stix|cypher|csv|graphml|gexf [--out DIR]`: the whole loaded graph in one format.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportFormats, formats, type ExportFormat } from '../export/formats.js';
import { readWholeGraph } from '../export/read-graph.js';
import { parseCommand, UsageError } from './args.js';
import { connect, exitOnError, jobConfig } from './connect.js';

const command = {
  usage: `npm run export -- --format <${exportFormats.join('|')}> [--out DIR]`,
  description: [
    'Writes the graph loaded in Neo4j (NEO4J_URI, or the built-in server) to DIR:',
    '  stix     khorasan.stix.json   STIX 2.1 bundle (OpenCTI, MISP, TAXII)',
    '  cypher   khorasan.cypher      plain Cypher script (cypher-shell -f, Neo4j Browser)',
    '  csv      nodes-*.csv, relationships-*.csv, post-import.cypher (neo4j-admin database import full)',
    '  graphml  khorasan.graphml     GraphML (yEd, Cytoscape, networkx)',
    "  gexf     khorasan.gexf        GEXF 1.2 with edge time intervals (Gephi's timeline)",
  ].join('\n'),
  options: { format: { type: 'string' }, out: { type: 'string' } },
  help: { format: `One of ${exportFormats.join(', ')}.`, out: 'Folder to write to (default: exports).' },
} as const;

async function main() {
  const { values } = parseCommand(command, process.argv.slice(2));
  const format = values.format as ExportFormat;
  if (!exportFormats.includes(format)) {
    throw new UsageError(
      `--format must be one of ${exportFormats.join(', ')}${values.format ? ` (got "${values.format}")` : ''}.\nRun with --help for the options.`,
    );
  }
  const out = String(values.out ?? 'exports');
  // A whole-graph read is one larger query than the API's; give it a minute.
  const db = await connect(jobConfig());
  try {
    const started = Date.now();
    console.log('Reading the graph…');
    const graph = await readWholeGraph(db);
    console.log(`  ${graph.nodes.length} nodes, ${graph.relationships.length} relationships (${Date.now() - started} ms)`);
    console.log(`Writing ${format}…`);
    const files = formats[format].files(graph, 'khorasan');
    mkdirSync(out, { recursive: true });
    let i = 0;
    for (const [name, text] of files) {
      writeFileSync(path.join(out, name), text);
      i += 1;
      console.log(`  [${i}/${files.size}] ${path.join(out, name)} (${Buffer.byteLength(text)} bytes)`);
    }
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

main().catch(exitOnError);
