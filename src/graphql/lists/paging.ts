// Relay paging both ways over offset cursors (records.ts's `offset:N`): first/after, last/before, or both.
import { args, check } from '../args.js';
import { badInput } from '../errors.js';
import { cursorAt, offsetAfter } from '../records.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The page size when neither first nor last is given. */
export const DEFAULT_PAGE = 20;

/** Parameters of cypher/queries/list-page.cypher. */
export interface PageParams {
  start: number;
  before: number | null;
  first: number | null;
  last: number | null;
}

function cursorIndex(name: string, value: string): number {
  const next = offsetAfter(value);
  if (next === undefined || next === 0) throw badInput(name, 'is not a cursor this API gave out');
  return next - 1;
}

export function pageParams(a: PageArgs): PageParams {
  const first = a.first == null ? null : check('first', args.first, a.first);
  const last = a.last == null ? null : check('last', args.first, a.last);
  return {
    start: a.after == null ? 0 : cursorIndex('after', a.after) + 1,
    before: a.before == null ? null : cursorIndex('before', a.before),
    first: first == null && last == null ? DEFAULT_PAGE : first,
    last,
  };
}

/** A connection from one page: `start` is the index of its first item among all matches. */
export function pageConnection<T>(items: T[], start: number, totalCount: number) {
  const edges = items.map((node, i) => ({ cursor: cursorAt(start + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: start + items.length < totalCount,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
