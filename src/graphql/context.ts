// Per-request state: the database (counting its queries) and the batch loaders.
import DataLoader from 'dataloader';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.js';
import { HUB_PAGE_DEGREE, TIMELINE_KEEP_FROM, TIMELINE_KEPT_KEYS } from '../db/statement-params.js';
import type { Database, Params } from '../db/driver.js';
import { allEntityProps } from '../model/field-needs.js';
import { fromDatabaseError } from './errors.js';
import { plain, toEntity, type EdgeObject, type EntityObject, type Props } from './records.js';
import { hubKeys, type HubKeys } from './hub-pages.js';
import { timelineKeys, type TimelineKeys } from './timeline-keys.js';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
}

/** An entity and the stored properties its request needs (from selection.ts's entityProps). */
export interface EntityKey {
  id: string;
  props: readonly string[];
}

export interface LinkKey {
  id: string;
  type: string;
  direction: 'IN' | 'OUT';
  /** Properties of the linked entities to fetch; all of them when absent. */
  props?: readonly string[];
}
/** A neighbour and the properties of the relationship that links it. */
export interface Link {
  rel: Props;
  node: EntityObject | Props;
}

export interface Context {
  /** Read-only access; counts queries so tests can prove there is no N+1. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  /** Several reads sent together in one transaction; each counts as a query. */
  readAll(statements: readonly { text: string; params?: Params }[]): Promise<QueryResult[]>;
  /** readAll, and the data version it saw (Database.readVersioned). */
  readVersioned: Database['readVersioned'];
  queryCount(): number;
  /** Neo4j's version and round trip. The context has no way to write: the API only reads. */
  health: Database['health'];
  /** Entities with every stored property (for callers without a selection, and existence checks). */
  entities: DataLoader<string, EntityObject | null>;
  /** Entities projected to the selected properties; one batch whatever the mix of projections. */
  entitiesWith: DataLoader<EntityKey, EntityObject | null, string>;
  links: DataLoader<LinkKey, Link[], string>;
  placeParents: DataLoader<EntityKey, EntityObject[], string>;
  sources: () => Promise<Map<string, SourceRef>>;
  /** Whether roots fold the nested levels into their statement (src/graphql/fold.ts); off only to compare. */
  fold: boolean;
  /** Above this many relationships a node pages them from the page indexes (hub-pages.ts); tests lower it. */
  hubPageDegree: number;
  /** Hubs' sorted page keys, shared by the requests of one API. */
  hubKeys: HubKeys;
  /** One loader per distinct argument set of Entity.relationships, so a list of entities costs one query. */
  relationshipLoaders: Map<string, DataLoader<string, { totalCount: number; page: EdgeObject[] }>>;
  /** Long timelines' sorted keys, shared by the requests of one API. */
  timelineKeys: TimelineKeys;
  /** Timelines longer than this keep their first timelineKeptKeys keys (timeline-keys.ts); tests lower both. */
  timelineKeepFrom: number;
  timelineKeptKeys: number;
}

const entityKey = (k: EntityKey) => `${k.id}|${k.props.join(',')}`;
const linkKey = (k: LinkKey) => `${k.id}|${k.type}|${k.direction}|${(k.props ?? allEntityProps).join(',')}`;

export function createContext(
  db: Database,
  options: {
    fold?: boolean;
    hubPageDegree?: number;
    hubKeys?: HubKeys;
    timelineKeys?: TimelineKeys;
    timelineKeepFrom?: number;
    timelineKeptKeys?: number;
  } = {},
): Context {
  let count = 0;
  const read: Context['read'] = async (text, params) => {
    count += 1;
    try {
      return await db.read(text, params);
    } catch (e) {
      throw fromDatabaseError(e);
    }
  };
  const readVersioned: Context['readVersioned'] = async (statements) => {
    count += statements.length;
    try {
      return await db.readVersioned(statements);
    } catch (e) {
      throw fromDatabaseError(e);
    }
  };
  let sourcesPromise: Promise<Map<string, SourceRef>> | undefined;

  const entitiesWith = new DataLoader<EntityKey, EntityObject | null, string>(
    async (keys) => {
      const r = await read(cypher('queries/entities-by-id'), { keys });
      const byKey = new Map(r.records.map((rec) => [entityKey({ id: rec.get('id'), props: rec.get('props') }), toEntity(rec.get('node'), rec.get('props'))]));
      return keys.map((k) => byKey.get(entityKey(k)) ?? null);
    },
    { cacheKeyFn: entityKey },
  );

  return {
    read,
    readAll: async (statements) => (await readVersioned(statements)).results,
    readVersioned,
    health: () => db.health(),
    queryCount: () => count,
    entitiesWith,
    entities: new DataLoader((ids) => entitiesWith.loadMany(ids.map((id) => ({ id, props: allEntityProps })))) as Context['entities'],
    links: new DataLoader(
      async (keys) => {
        const withProps = keys.map((k) => ({ ...k, props: k.props ?? allEntityProps }));
        const r = await read(cypher('queries/linked'), { keys: withProps });
        const byKey = new Map(
          r.records.map((rec) => {
            const props = rec.get('props') as string[];
            const links = (rec.get('links') as { rel: Props | null; node: Props | null }[])
              .filter((l) => l.node !== null)
              .map((l) => {
                const node = l.node as Props & { labels: string[] };
                // Casualty reports are not entities: plain property maps.
                const entity = node.labels.includes('Entity') ? toEntity(node, props) : (plain(node) as Props);
                return { rel: (plain(l.rel) ?? {}) as Props, node: entity };
              });
            return [linkKey({ id: rec.get('id'), type: rec.get('type'), direction: rec.get('direction'), props }), links];
          }),
        );
        return keys.map((k) => byKey.get(linkKey(k)) ?? []);
      },
      { cacheKeyFn: linkKey },
    ),
    placeParents: new DataLoader(
      async (keys) => {
        const r = await read(cypher('queries/place-parents'), { keys });
        const byKey = new Map(
          r.records.map((rec) => {
            const props = rec.get('props') as string[];
            return [entityKey({ id: rec.get('id'), props }), (rec.get('parents') as Props[]).map((p) => toEntity(p, props))];
          }),
        );
        return keys.map((k) => byKey.get(entityKey(k)) ?? []);
      },
      { cacheKeyFn: entityKey },
    ),
    sources: () =>
      (sourcesPromise ??= read<{ id: string; title: string; publisher: string }>(cypher('queries/sources')).then(
        (r) => new Map(r.records.map((rec) => [rec.get('id'), rec.toObject() as SourceRef])),
      )),
    fold: options.fold ?? true,
    hubPageDegree: options.hubPageDegree ?? HUB_PAGE_DEGREE,
    hubKeys: options.hubKeys ?? hubKeys(),
    relationshipLoaders: new Map(),
    timelineKeys: options.timelineKeys ?? timelineKeys(),
    timelineKeepFrom: options.timelineKeepFrom ?? TIMELINE_KEEP_FROM,
    timelineKeptKeys: options.timelineKeptKeys ?? TIMELINE_KEPT_KEYS,
  };
}
