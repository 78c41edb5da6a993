// Tuning values that statements in cypher/ take as parameters, shared by the API and the exports.

/**
 * Nodes with more relationships than this are hubs: the neighbourhood finds their edges from the other end, and a
 * hub perpetrator's attacks come newest first from the date index instead of a walk over all of them, and a hub's
 * relationship pages come from the page indexes (src/graphql/hub-pages.ts) instead of sorting all its edges.
 */
export const HUB_DEGREE = 1000;
