// Long timelines' first sorted keys and their count, kept per data version: a hub's timeline walks every dated fact
// it touches and sorts them, and a page of 20 paid for that each time (issue 9: 625 ms at 1M nodes). Kept keys are
// used only while the data version (Neo4j's last committed transaction, read with the page) is the one they were
// sorted at.
import { LRUCache } from 'lru-cache';
import { TIMELINE_KEYS_KEPT } from '../db/statement-params.js';

/** One timeline entry's sort keys and the element ids cypher/queries/timeline.cypher projects it from. */
export interface TimelineKey {
  date: string;
  start: unknown;
  rel: string | null;
  node: string | null;
}

export interface KeptTimeline {
  version: string;
  /** The first keys, in timeline order (at most TIMELINE_KEPT_KEYS). */
  keys: TimelineKey[];
  totalCount: number;
}

export type TimelineKeys = LRUCache<string, KeptTimeline>;

/** Bounded by keys, not timelines. */
export const timelineKeys = (maxKeys = TIMELINE_KEYS_KEPT): TimelineKeys =>
  new LRUCache<string, KeptTimeline>({ maxSize: maxKeys, sizeCalculation: (t) => Math.max(t.keys.length, 1) });

export const timelineKey = (id: string, range: { from: unknown; to: unknown }) => `${id} ${String(range.from)} ${String(range.to)}`;
