// Query.timeline: dated attacks, events and relationships touching an entity, oldest first, one page (Relay).
import type { GraphQLResolveInfo } from 'graphql';
import { cypher } from '../../db/cypher-files.js';
import { afterArg, args, check, dateRangeArgs } from '../args.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { connection, plain, toEdge, toEntity, type Props } from '../records.js';
import { entityProps } from '../selection.js';
import { edgeSentence, readableDate, withSentenceNeeds } from '../sentences.js';
import { covers } from '../kept-keys.js';
import { timelineKey, type TimelineKey } from '../timeline-keys.js';

interface Entry {
  date: string;
  start: unknown;
  node: Props | null;
  edge: { rel: Props; start: Props; end: Props } | null;
}

export async function timeline(
  _: unknown,
  a: { id: string; from?: string | null; to?: string | null; first: number; after?: string | null },
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  const id = check('id', args.id, a.id);
  const first = check('first', args.first, a.first);
  const offset = afterArg(a.after);
  const range = dateRangeArgs('from', a.from, 'to', a.to);
  // Every entry's sentence is written here, so its needs are projected whether or not `sentence` is asked.
  const nodeProps = withSentenceNeeds(entityProps(info, ['edges', 'node', 'entity']), true);
  const endProps = withSentenceNeeds(entityProps(info, ['edges', 'node', 'edge', 'from'], ['edges', 'node', 'edge', 'to']), true);
  const params = { id, ...range, first, offset, keepFrom: ctx.timelineKeepFrom, keepKeys: ctx.timelineKeptKeys, nodeProps, endProps };
  const read = async (keys: TimelineKey[] | null) => {
    const { results, version } = await ctx.readVersioned([{ text: cypher('queries/timeline'), params: { ...params, keys } }]);
    return { row: results[0]!.records[0]!, version };
  };
  const kept = ctx.timelineKeys.get(timelineKey(id, range));
  // A page past the kept keys (and not past the whole timeline) walks and sorts again.
  if (kept && covers(kept, offset, first)) {
    // The page and the data version in one transaction: a write since the keys were sorted makes them stale.
    const { row, version } = await read(kept.keys.slice(offset, offset + first));
    if (version === kept.version) return connection(entries(row.get('page'), nodeProps, endProps), offset, kept.totalCount);
  }
  const { row, version } = await read(null);
  if (!row.get('found')) throw notFound(id);
  const totalCount = Number(row.get('totalCount'));
  const keys = row.get('kept') as TimelineKey[] | null;
  if (keys) ctx.timelineKeys.set(timelineKey(id, range), { version, keys: keys.map((k) => ({ ...k, start: plain(k.start) })), totalCount });
  return connection(entries(row.get('page'), nodeProps, endProps), offset, totalCount);
}

function entries(page: Entry[], nodeProps: readonly string[], endProps: readonly string[]) {
  return page.map((e) => {
    const edge = e.edge ? toEdge(e.edge, endProps) : null;
    const entity = e.node ? toEntity(e.node, nodeProps) : null;
    const sentence = edge ? edgeSentence(edge) : `${readableDate(e.date)}: ${entity!.name}.`;
    return { date: e.date, start: plain(e.start), sentence, edge, entity };
  });
}
