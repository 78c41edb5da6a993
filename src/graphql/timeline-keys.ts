// Long timelines' first sorted keys and their count, kept per data version (kept-keys.ts): a hub's timeline walks
// every dated fact it touches and sorts them, and a page of 20 paid for that each time (issue 9: 625 ms at 1M nodes).
import { TIMELINE_KEYS_KEPT } from '../db/statement-params.js';
import { keptKeys, type KeptKeys } from './kept-keys.js';

/** One timeline entry's sort keys and the element ids cypher/queries/timeline.cypher projects it from. */
export interface TimelineKey {
  date: string;
  start: unknown;
  rel: string | null;
  node: string | null;
}

export type TimelineKeys = KeptKeys<TimelineKey>;

export const timelineKeys = (maxKeys = TIMELINE_KEYS_KEPT): TimelineKeys => keptKeys<TimelineKey>(maxKeys);

export const timelineKey = (id: string, range: { from: unknown; to: unknown }) => `${id} ${String(range.from)} ${String(range.to)}`;
