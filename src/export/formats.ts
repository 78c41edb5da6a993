// The export formats: one writer each over the same ExportGraph, with the file names and content types
// the CLI and the /export HTTP route use.
import { strToU8, zipSync } from 'fflate';
import type { ExportGraph } from './graph.js';
import { stixBundle } from './write-stix.js';
import { cypherScriptText } from './write-cypher.js';
import { csvFiles } from './write-csv.js';
import { gexf, graphml } from './write-xml.js';

export const exportFormats = ['stix', 'cypher', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface FormatSpec {
  contentType: string;
  /** The files one export writes (CSV writes one per label and relationship type). */
  files(graph: ExportGraph, base: string): Map<string, string>;
  /** Over HTTP: one body (CSV as a zip of its files). */
  extension: string;
}

const one = (ext: string, write: (g: ExportGraph) => string) => (g: ExportGraph, base: string) => new Map([[`${base}.${ext}`, write(g)]]);

export const formats: Record<ExportFormat, FormatSpec> = {
  stix: {
    contentType: 'application/stix+json;version=2.1',
    extension: 'stix.json',
    files: one('stix.json', (g) => JSON.stringify(stixBundle(g), null, 2) + '\n'),
  },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', files: one('cypher', (g) => cypherScriptText(g)) },
  csv: { contentType: 'application/zip', extension: 'csv.zip', files: (g) => csvFiles(g) },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', files: one('graphml', graphml) },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', files: one('gexf', gexf) },
};

/** One HTTP body for a format: the file itself, or for CSV a zip of its files. */
export function exportBody(format: ExportFormat, graph: ExportGraph, base: string): { body: Uint8Array; fileName: string } {
  const files = formats[format].files(graph, base);
  if (format === 'csv') {
    const zip = zipSync(Object.fromEntries([...files].map(([name, text]) => [`${base}/${name}`, strToU8(text)])));
    return { body: zip, fileName: `${base}.csv.zip` };
  }
  const [fileName, text] = [...files][0]!;
  return { body: strToU8(text!), fileName: fileName! };
}
