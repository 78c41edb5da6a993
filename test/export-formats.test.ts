// The STIX bundle, GraphML and GEXF hold every entity and relationship of the seeded graph exactly once;
// the STIX extension schema and the seed script are in step with the model (npm run generate).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generated } from '../src/cli/generate.js';
import type { Database } from '../src/db/driver.js';
import type { ExportGraph } from '../src/export/graph.js';
import { readSubgraph, readWholeGraph, scopeIds } from '../src/export/read-graph.js';
import { stixSchemaFile } from '../src/export/stix-schema.js';
import { EXTENSION_ID, stixBundle } from '../src/export/write-stix.js';
import { gexf, graphml } from '../src/export/write-xml.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { testDatabase } from './helpers.js';

describe('STIX, GraphML and GEXF exports', () => {
  let db: Database;
  let graph: ExportGraph;
  beforeAll(async () => {
    db = testDatabase({ NEO4J_TX_TIMEOUT_MS: '60000' });
    graph = await readWholeGraph(db);
  });
  afterAll(() => db?.close());

  it('the STIX bundle has every entity and relationship once, by project id, with deterministic ids', () => {
    const bundle = stixBundle(graph) as { objects: Record<string, any>[] };
    const ext = (o: Record<string, any>) => o.extensions?.[EXTENSION_ID];
    const entityIds = bundle.objects.filter((o) => ext(o) && !['Relationship', 'Assessment'].includes(ext(o).kind)).map((o) => ext(o).khorasan_id);
    const relIds = bundle.objects.filter((o) => o.type === 'relationship').map((o) => ext(o).khorasan_id);
    const reportIds = bundle.objects.flatMap((o) => (ext(o)?.casualty_reports ?? []).map((c: { id: string }) => c.id));
    const nodes = graph.nodes.filter((n) => n.label !== 'CasualtyReport').map((n) => n.id);
    const rels = graph.relationships.filter((r) => r.type !== 'HAS_CASUALTY_REPORT').map((r) => r.id);
    expect(entityIds.sort()).toEqual(nodes.sort());
    expect(relIds.sort()).toEqual(rels.sort());
    expect(reportIds.sort()).toEqual(
      graph.nodes
        .filter((n) => n.label === 'CasualtyReport')
        .map((n) => n.id)
        .sort(),
    );
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
    expect(JSON.stringify(stixBundle(graph))).toBe(JSON.stringify(bundle));
    const claim = bundle.objects.find((o) => ext(o)?.khorasan_id === 'claim/israel-created-isis');
    expect(claim?.type).toBe('note');
    expect(bundle.objects.some((o) => o.type === 'opinion' && o.object_refs[0] === claim?.id)).toBe(true);
    const sro = bundle.objects.find((o) => o.type === 'relationship' && o.start_time);
    expect([15, 50, 85]).toContain(sro?.confidence);
    expect(sro?.external_references[0].description.length).toBeGreaterThan(0);
  });

  it('GraphML and GEXF name every node and edge once; GEXF edges with dates have time intervals', () => {
    const ml = graphml(graph);
    const gx = gexf(graph);
    expect(ml.match(/<node id=/g)?.length).toBe(graph.nodes.length);
    expect(ml.match(/<edge id=/g)?.length).toBe(graph.relationships.length);
    expect(gx.match(/<node id=/g)?.length).toBe(graph.nodes.length);
    const dated = graph.relationships.filter((r) => r.props.validFrom).length;
    expect(dated).toBeGreaterThan(0);
    expect(gx.match(/<edge [^>]* start="\d{4}-\d\d-\d\d"/g)?.length).toBe(dated);
  });

  it('a neighbourhood subgraph holds the entity, its neighbours and the sources they cite', async () => {
    const ids = await scopeIds(db, { kind: 'neighbourhood', id: 'person/shahab-al-muhajir', depth: 1 });
    const sub = await readSubgraph(db, ids);
    expect(sub.nodes.map((n) => n.id)).toContain('person/shahab-al-muhajir');
    expect(sub.nodes.some((n) => n.label === 'Source')).toBe(true);
    expect(sub.relationships.every((r) => sub.nodes.some((n) => n.id === r.start) && sub.nodes.some((n) => n.id === r.end))).toBe(true);
  });

  it('the committed STIX extension schema is what `npm run generate` writes', () => {
    expect(readFileSync(path.join(projectRoot, stixSchemaFile), 'utf8')).toBe(generated[stixSchemaFile]!());
  });
});
