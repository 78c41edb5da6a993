// A canonical checksum of a graph in Neo4j: every node (labels, every property with its Neo4j type) and every
// relationship (type, ends, properties). Equal checksums mean the same graph, however it was loaded.
import { createHash } from 'node:crypto';
import type { Database } from '../db/driver.js';

/** One sorted line per node and relationship; properties as [key, valueType, value] sorted by key. */
export async function graphLines(db: Database): Promise<string[]> {
  const nodes = await db.read('MATCH (n) RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props');
  const rels = await db.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props');
  const props = (list: [string, string, unknown][]) =>
    JSON.stringify([...list].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, t, v]) => [k, t, String(JSON.stringify(v, dateAware))]));
  const lines = [
    ...nodes.records.map((r) => `N ${r.get('id')} ${[...r.get('labels')].sort().join(':')} ${props(r.get('props'))}`),
    ...rels.records.map((r) => `R ${r.get('start')} ${r.get('type')} ${r.get('end')} ${props(r.get('props'))}`),
  ];
  return lines.sort();
}

function dateAware(_key: string, v: unknown): unknown {
  return v && typeof v === 'object' && 'year' in v && 'month' in v && 'day' in v ? String(v) : v;
}

export async function graphChecksum(db: Database): Promise<{ sha256: string; nodes: number; relationships: number }> {
  const lines = await graphLines(db);
  return {
    sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
    nodes: lines.filter((l) => l.startsWith('N ')).length,
    relationships: lines.filter((l) => l.startsWith('R ')).length,
  };
}
