// Tuning values that statements in cypher/ take as parameters, shared by the API and the exports.

/**
 * Nodes with more relationships than this are hubs: the neighbourhood finds their edges from the other end, and a
 * hub perpetrator's or place's attacks come newest first from the date index instead of a walk over all of them.
 */
export const HUB_DEGREE = 1000;

/**
 * How far down the date index a hub's attacks are read (the newest this many, and the rest of the last one's date)
 * before the walk answers instead: a page of 20 fills within it for a hub behind at least 0.4 % of the attacks.
 */
export const DATE_SCAN = 5000;

/**
 * Nodes with more relationships than this (of the types asked where the statement types its pattern, else of all
 * types) page them from the page indexes
 * (src/graphql/hub-pages.ts) instead of sorting all of them. Paging from the indexes costs a few statements,
 * 10-30 ms whatever the degree; sorting costs about 1.3 µs an edge (3 ms for 145 edges on the seed, 240 ms for
 * 188,000 at 1M nodes): they cross near 20,000.
 */
export const HUB_PAGE_DEGREE = 20_000;

/**
 * At most this many keys of hubs' relationship pages are kept in the API (src/graphql/hub-pages.ts), per data
 * version (about 100 bytes each), the least recently read hub dropped first: a kept page is one statement instead of
 * 20-30.
 */
export const HUB_KEYS_KEPT = 200_000;

/**
 * How many relationships a shortest-path search reads at most by default (src/db/path-search.ts), and at most when
 * asked. At 1M nodes two attacks of 4,000 and 6,700 relationships take 10,800 (80-100 ms), ISKP to the Taliban
 * 32,511 (130 ms); a search that uses all 50,000 and stops takes 350-390 ms, and the largest budget keeps one
 * search's rows to a few tens of MB.
 */
export const PATH_BUDGET = 50_000;
export const PATH_BUDGET_MAX = 200_000;

/**
 * Timelines longer than this many entries keep their first TIMELINE_KEPT_KEYS sorted keys in the API
 * (src/graphql/timeline-keys.ts), per data version, so pages among them skip the walk and the sort: a hub's timeline
 * at 1M nodes walks 166,861 relationships for 56,906 entries (700-900 ms a page). Shorter ones take a few
 * milliseconds and are not kept.
 */
export const TIMELINE_KEEP_FROM = 1000;

/**
 * How many of a long timeline's first keys are kept: 100 pages of 20. Sending all of them cost more than the walk
 * (56,906 keys took 1.4 s more at 1M nodes); pages past them walk and sort again.
 */
export const TIMELINE_KEPT_KEYS = 2000;

/** At most this many timeline keys are kept in all (about 150 bytes each), the least recently read dropped first. */
export const TIMELINE_KEYS_KEPT = 200_000;
