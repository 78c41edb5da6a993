// Issue 12, part 5: subgraphs over HTTP (/export/{format}?scope=…) and the GraphQL field that gives the link,
// against the real seeded Neo4j: content types, file names, the scope's entities, coded errors, bounds.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/driver.js';
import { readWholeGraph } from '../src/export/read-graph.js';
import { stixBundle } from '../src/export/write-stix.js';
import { startServer } from '../src/server.js';
import { graphql, testConfig, testDatabase } from './helpers.js';
import { createApi } from '../src/graphql/yoga.js';

let db: Database;
const servers: Server[] = [];
let base: string;

async function serve(db: Database, extra: Record<string, string> = {}): Promise<string> {
  const server = await startServer({ ...testConfig(extra), PORT: 0, HOST: '127.0.0.1' }, db);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  db = testDatabase({ NEO4J_TX_TIMEOUT_MS: '30000' });
  base = await serve(db);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await db.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
const errorOf = async (res: Response) => ((await res.json()) as { errors: { message: string; extensions: Record<string, string> }[] }).errors[0]!;
const nodeIds = (xml: string) => [...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]!);

describe('/export/{format}', () => {
  it('serves the whole graph as a STIX bundle with its content type and file name', async () => {
    const res = await get('/export/stix');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/stix+json;version=2.1');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="khorasan.stix.json"');
    const bundle = (await res.json()) as { type: string; objects: unknown[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.length).toBe((stixBundle(await readWholeGraph(db)) as { objects: unknown[] }).objects.length);
  });

  it('serves a neighbourhood as GraphML holding every entity the API gives for it', async () => {
    const res = await get('/export/graphml?scope=neighborhood&id=group/iskp&depth=1', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="khorasan-group-iskp-depth-1.graphml"');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const ids = nodeIds(await res.text());
    const api = await graphql(createApi(db), '{ neighborhood(id: "group/iskp", depth: 1, limit: 500) { nodes { id } } }');
    const expected = api.data!.neighborhood.nodes.map((n: { id: string }) => n.id);
    expect(expected.length).toBeGreaterThan(10);
    expect(ids).toEqual(expect.arrayContaining(expected));
    // Beside the entities: only their casualty reports and the sources their quotes cite.
    const beside = ids.filter((id) => !expected.includes(id));
    expect(beside.filter((id) => !/^source\/|^attack\/[a-z0-9-]+\/report-\d+$/.test(id))).toEqual([]);
  });

  it('serves a path result as a Cypher script and an attack list as GEXF', async () => {
    const path = await get('/export/cypher?scope=path&from=attack/2021-08-26-kabul-airport&to=attack/2020-08-02-jalalabad-prison');
    expect(path.status).toBe(200);
    expect(path.headers.get('content-type')).toBe('application/x-cypher-query; charset=utf-8');
    expect(path.headers.get('content-disposition')).toBe(
      'attachment; filename="khorasan-path-attack-2021-08-26-kabul-airport-to-attack-2020-08-02-jalalabad-prison.cypher"',
    );
    const script = await path.text();
    for (const id of ['attack/2021-08-26-kabul-airport', 'attack/2020-08-02-jalalabad-prison', 'person/abdul-rahman-al-logari'])
      expect(script).toContain(`'${id}'`);

    const attacks = await get('/export/gexf?scope=attacks&perpetrator=group/iskp&first=3');
    expect(attacks.status).toBe(200);
    expect(attacks.headers.get('content-disposition')).toBe('attachment; filename="khorasan-attacks-by-group-iskp.gexf"');
    expect(nodeIds(await attacks.text()).filter((id) => /^attack\/[a-z0-9-]+$/.test(id))).toHaveLength(3);
  });

  it('serves CSV as a zip of the neo4j-admin files', async () => {
    const res = await get('/export/csv?scope=neighborhood&id=person/aslam-farooqi');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="khorasan-person-aslam-farooqi-depth-1.csv.zip"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toContain('khorasan-person-aslam-farooqi-depth-1/nodes-Person.csv');
    expect(names.some((n) => n.endsWith('/post-import.cypher'))).toBe(true);
    expect(strFromU8(files['khorasan-person-aslam-farooqi-depth-1/nodes-Person.csv']!)).toContain('person/aslam-farooqi');
  });

  it('refuses bad input with a coded JSON error naming the parameter', async () => {
    const cases: [string, number, string, string | undefined, RegExp][] = [
      ['/export/pdf', 404, 'BAD_USER_INPUT', 'format', /must be one of stix, cypher, csv, graphml, gexf/],
      ['/export/stix?scope=galaxy', 400, 'BAD_USER_INPUT', 'scope', /must be all, neighborhood, path or attacks/],
      ['/export/stix?scope=neighborhood&id=group/iskp&depth=9', 400, 'BAD_USER_INPUT', 'depth', /must be between 1 and 3 \(got "9"\)/],
      ['/export/stix?scope=neighborhood', 400, 'BAD_USER_INPUT', 'id', /is required/],
      ['/export/stix?scope=neighborhood&id=Robert%27);DROP', 400, 'BAD_USER_INPUT', 'id', /must be an id like group\/iskp/],
      ['/export/stix?scope=path&from=group/iskp&to=group/iskp&depth=2', 400, 'BAD_USER_INPUT', 'depth', /is not a parameter of scope "path"/],
      ['/export/stix?scope=attacks&from=2021-02-30', 400, 'BAD_USER_INPUT', 'from', /must be a date as YYYY-MM-DD/],
      ['/export/stix?scope=attacks&first=1000', 400, 'BAD_USER_INPUT', 'first', /must be between 1 and 100/],
      ['/export/stix?scope=neighborhood&id=person/no-such-person', 404, 'NOT_FOUND', undefined, /No entity with id "person\/no-such-person"/],
    ];
    for (const [path, status, code, argument, message] of cases) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, status]);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const e = await errorOf(res);
      expect(e.extensions.code).toBe(code);
      expect(e.extensions.argument).toBe(argument);
      expect(e.message).toMatch(message);
    }
    const post = await get('/export/stix', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses an export past API_EXPORT_MAX_BYTES with 413, and says SERVICE_UNAVAILABLE within a second when Neo4j is down', async () => {
    const small = await serve(db, { API_EXPORT_MAX_BYTES: '4096' });
    const res = await fetch(`${small}/export/stix`);
    expect(res.status).toBe(413);
    const e = await errorOf(res);
    expect(e.extensions.code).toBe('EXPORT_TOO_LARGE');
    expect(e.message).toMatch(/at most 4096 are served \(API_EXPORT_MAX_BYTES\)\. Narrow the scope/);

    const down = testDatabase({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    try {
      const started = performance.now();
      const r = await fetch(`${await serve(down)}/export/graphml`);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(r.status).toBe(503);
      expect((await errorOf(r)).extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });
});

describe('Query.exportLink', () => {
  const link = (args: string) => graphql(createApi(db), `{ exportLink(${args}) { format url fileName contentType } }`);

  it('gives a link the route serves, with the same file name and content type', async () => {
    const r = await link('format: GRAPHML, neighborhoodOf: "person/aslam-farooqi", depth: 2');
    expect(r.errors).toBeUndefined();
    expect(r.data!.exportLink).toEqual({
      format: 'GRAPHML',
      url: '/export/graphml?scope=neighborhood&id=person/aslam-farooqi&depth=2',
      fileName: 'khorasan-person-aslam-farooqi-depth-2.graphml',
      contentType: 'application/graphml+xml; charset=utf-8',
    });
    const res = await get(r.data!.exportLink.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${r.data!.exportLink.fileName}"`);
    expect(res.headers.get('content-type')).toBe(r.data!.exportLink.contentType);

    const all = await link('format: STIX');
    expect(all.data!.exportLink.url).toBe('/export/stix');
    const attacks = await link('format: CSV, attacks: { perpetrator: "group/iskp", from: "2021-01-01" }');
    expect(attacks.data!.exportLink.url).toBe('/export/csv?scope=attacks&perpetrator=group/iskp&from=2021-01-01&first=100');
    expect(attacks.data!.exportLink.fileName).toBe('khorasan-attacks-by-group-iskp-from-2021-01-01.csv.zip');
  });

  it('checks its arguments like the route does, naming the GraphQL argument', async () => {
    const cases: [string, string, string | undefined][] = [
      ['format: STIX, neighborhoodOf: "group/iskp", depth: 5', 'BAD_USER_INPUT', 'depth'],
      ['format: STIX, pathFrom: "group/iskp"', 'BAD_USER_INPUT', 'pathTo'],
      ['format: STIX, neighborhoodOf: "group/iskp", pathFrom: "group/iskp", pathTo: "group/iskp"', 'BAD_USER_INPUT', 'neighborhoodOf'],
      ['format: STIX, attacks: { first: 500 }', 'BAD_USER_INPUT', 'attacks.first'],
      ['format: STIX, pathFrom: "group/iskp", pathTo: "person/no-such-person"', 'NOT_FOUND', undefined],
    ];
    for (const [args, code, argument] of cases) {
      const r = await link(args);
      expect([args, r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.argument]).toEqual([args, code, argument]);
    }
  });
});
