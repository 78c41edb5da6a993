// Tuning values that statements in cypher/ take as parameters, shared by the API and the exports.

/** Nodes with more relationships than this are hubs: the neighbourhood finds their edges from the other end. */
export const HUB_DEGREE = 1000;
