// Query.timeline: dated attacks, events and relationships touching an entity, oldest first, one page (Relay).
import { cypher } from '../../db/cypher-files.js';
import { afterArg, args, check, dateRangeArgs } from '../args.js';
import type { Context } from '../context.js';
import { requireEntities } from '../errors.js';
import { connection, plain, toEdge, toEntity, type Props } from '../records.js';
import { edgeSentence, readableDate } from '../sentences.js';

interface Entry {
  date: string;
  start: unknown;
  node: Props | null;
  edge: { rel: Props; start: Props; end: Props } | null;
}

export async function timeline(_: unknown, a: { id: string; from?: string | null; to?: string | null; first: number; after?: string | null }, ctx: Context) {
  const id = check('id', args.id, a.id);
  const first = check('first', args.first, a.first);
  const offset = afterArg(a.after);
  const r = await ctx.read(cypher('queries/timeline'), { id, ...dateRangeArgs('from', a.from, 'to', a.to), first, offset });
  // No entry (an unknown id, an entity with no dated facts, an empty date window) means no row at all
  // from the aggregation: then the id alone decides between NOT_FOUND and an empty timeline.
  const row = r.records[0];
  if (!row || !row.get('found')) {
    await requireEntities(ctx, { id });
    return connection([], offset, 0);
  }
  const entries = (row.get('page') as Entry[]).map((e) => {
    const edge = e.edge ? toEdge(e.edge) : null;
    const entity = e.node ? toEntity(e.node) : null;
    const sentence = edge ? edgeSentence(edge) : `${readableDate(e.date)}: ${entity!.name}.`;
    return { date: e.date, start: plain(e.start), sentence, edge, entity };
  });
  return connection(entries, offset, Number(row.get('totalCount')));
}
