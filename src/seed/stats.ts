// Counts per label and relationship type, and a printable table of them.
import { cypher } from '../db/cypher-files.js';
import type { Database } from '../db/driver.js';

export interface Count {
  name: string;
  count: number;
}
export interface Stats {
  labels: Count[];
  relationshipTypes: Count[];
}

export async function graphStats(db: Database): Promise<Stats> {
  const r = await db.read<{ labels: Count[]; relationshipTypes: Count[] }>(cypher('queries/stats'));
  const row = r.records[0]!;
  return { labels: row.get('labels'), relationshipTypes: row.get('relationshipTypes') };
}

export function formatStats(s: Stats): string {
  const col = (rows: Count[]) => rows.map((c) => `  ${c.name.padEnd(24)}${String(c.count).padStart(6)}`);
  return ['Nodes per label:', ...col(s.labels), 'Relationships per type:', ...col(s.relationshipTypes)].join('\n');
}
