// Per-request state: the database (counting its queries) and the batch loaders.
import DataLoader from 'dataloader';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.js';
import type { Database, Params } from '../db/driver.js';
import { fromDatabaseError } from './errors.js';
import { plain, toEntity, type EdgeObject, type EntityObject, type Props } from './records.js';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
}

export interface LinkKey {
  id: string;
  type: string;
  direction: 'IN' | 'OUT';
}
/** A neighbour and the properties of the relationship that links it. */
export interface Link {
  rel: Props;
  node: EntityObject | Props;
}

export interface Context {
  /** Read-only access; counts queries so tests can prove there is no N+1. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  queryCount(): number;
  /** Neo4j's version and round trip. The context has no way to write: the API only reads. */
  health: Database['health'];
  entities: DataLoader<string, EntityObject | null>;
  links: DataLoader<LinkKey, Link[], string>;
  placeParents: DataLoader<string, EntityObject[]>;
  sources: () => Promise<Map<string, SourceRef>>;
  /** One loader per distinct argument set of Entity.relationships, so a list of entities costs one query. */
  relationshipLoaders: Map<string, DataLoader<string, { totalCount: number; page: EdgeObject[] }>>;
}

const linkKey = (k: LinkKey) => `${k.id}|${k.type}|${k.direction}`;

export function createContext(db: Database): Context {
  let count = 0;
  const read: Context['read'] = async (text, params) => {
    count += 1;
    try {
      return await db.read(text, params);
    } catch (e) {
      throw fromDatabaseError(e);
    }
  };
  let sourcesPromise: Promise<Map<string, SourceRef>> | undefined;

  return {
    read,
    health: () => db.health(),
    queryCount: () => count,
    entities: new DataLoader(async (ids) => {
      const r = await read(cypher('queries/entities-by-id'), { ids });
      const byId = new Map(r.records.map((rec) => [rec.get('id') as string, toEntity(rec.get('node'))]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    links: new DataLoader(
      async (keys) => {
        const r = await read(cypher('queries/linked'), { keys });
        const byKey = new Map(
          r.records.map((rec) => {
            const links = (rec.get('links') as { rel: Props | null; node: Props | null }[])
              .filter((l) => l.node !== null)
              .map((l) => {
                const node = l.node as Props & { labels: string[] };
                // Casualty reports are not entities: plain property maps.
                const entity = node.labels.includes('Entity') ? toEntity(node) : (plain(node) as Props);
                return { rel: (plain(l.rel) ?? {}) as Props, node: entity };
              });
            return [linkKey({ id: rec.get('id'), type: rec.get('type'), direction: rec.get('direction') }), links];
          }),
        );
        return keys.map((k) => byKey.get(linkKey(k)) ?? []);
      },
      { cacheKeyFn: linkKey },
    ),
    placeParents: new DataLoader(async (ids) => {
      const r = await read(cypher('queries/place-parents'), { ids });
      const byId = new Map(r.records.map((rec) => [rec.get('id') as string, (rec.get('parents') as Props[]).map(toEntity)]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
    sources: () =>
      (sourcesPromise ??= read<{ id: string; title: string; publisher: string }>(cypher('queries/sources')).then(
        (r) => new Map(r.records.map((rec) => [rec.get('id'), rec.toObject() as SourceRef])),
      )),
    relationshipLoaders: new Map(),
  };
}
