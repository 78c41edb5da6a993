// A long list's first sorted keys and its length, kept per data version, so later pages among them skip the sort.
// Kept keys are used only while the data version (Neo4j's last committed transaction, read with the page) is the
// one they were sorted at: any write makes them stale. Timelines (timeline-keys.ts) and hubs' relationship pages
// (hub-pages.ts) keep theirs so.
import { LRUCache } from 'lru-cache';

export interface Kept<K> {
  version: string;
  /** The first keys, in list order. */
  keys: K[];
  totalCount: number;
}

export type KeptKeys<K> = LRUCache<string, Kept<K>>;

/** Bounded by keys, not lists: the least recently read list is dropped first. */
export const keptKeys = <K>(maxKeys: number): KeptKeys<K> =>
  new LRUCache<string, Kept<K>>({ maxSize: maxKeys, sizeCalculation: (k) => Math.max(k.keys.length, 1) });

/** Whether kept keys hold a page: it ends among them, or they are the whole list. */
export const covers = (kept: Kept<unknown>, offset: number, first: number) => offset + first <= kept.keys.length || kept.keys.length === kept.totalCount;
