// Query.timeline: dated attacks, events and relationships touching an entity, oldest first, one page (Relay).
import { cypher } from '../../db/cypher-files.js';
import { afterArg, args, check, dateRangeArgs } from '../args.js';
import type { Context } from '../context.js';
import { requireEntities } from '../errors.js';
import { connection, plain, toEdge, toEntity, type Props } from '../records.js';
import { edgeSentence, readableDate } from '../sentences.js';
import { timelineKey, type TimelineKey } from '../timeline-keys.js';

interface Entry {
  node: Props | null;
  edge: { rel: Props; start: Props; end: Props } | null;
}

export async function timeline(_: unknown, a: { id: string; from?: string | null; to?: string | null; first: number; after?: string | null }, ctx: Context) {
  const id = check('id', args.id, a.id);
  const first = check('first', args.first, a.first);
  const offset = afterArg(a.after);
  const range = dateRangeArgs('from', a.from, 'to', a.to);
  const pageOf = (keys: TimelineKey[]) => keys.slice(offset, offset + first);
  const kept = ctx.timelineKeys.get(timelineKey(id, range));
  if (kept) {
    // The page and the data version in one transaction: a write since the keys were sorted makes them stale.
    const keys = pageOf(kept.keys);
    const { results, version } = await ctx.readVersioned([{ text: cypher('queries/timeline-page'), params: { keys } }]);
    if (version === kept.version) return connection(entries(keys, results[0]!.records[0]!.get('page')), offset, kept.keys.length);
  }
  const { results, version } = await ctx.readVersioned([
    { text: cypher('queries/timeline'), params: { id, ...range, first, offset, keepFrom: ctx.timelineKeepFrom } },
  ]);
  // No entry (an unknown id, an entity with no dated facts, an empty date window) means no row at all
  // from the aggregation: then the id alone decides between NOT_FOUND and an empty timeline.
  const row = results[0]!.records[0];
  if (!row || !row.get('found')) {
    await requireEntities(ctx, { id });
    return connection([], offset, 0);
  }
  const totalCount = Number(row.get('totalCount'));
  let keys = (row.get('keys') as TimelineKey[]).map((k) => ({ ...k, start: plain(k.start) }));
  if (totalCount > ctx.timelineKeepFrom) {
    ctx.timelineKeys.set(timelineKey(id, range), { version, keys });
    keys = pageOf(keys);
  }
  if (keys.length === 0) return connection([], offset, totalCount);
  const page = (await ctx.read(cypher('queries/timeline-page'), { keys })).records[0]!.get('page') as Entry[];
  return connection(entries(keys, page), offset, totalCount);
}

function entries(keys: TimelineKey[], page: Entry[]) {
  return page.map((e, i) => {
    const edge = e.edge ? toEdge(e.edge) : null;
    const entity = e.node ? toEntity(e.node) : null;
    const sentence = edge ? edgeSentence(edge) : `${readableDate(keys[i]!.date)}: ${entity!.name}.`;
    return { date: keys[i]!.date, start: keys[i]!.start, sentence, edge, entity };
  });
}
