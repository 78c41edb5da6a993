// Shapes of the answers to the operations in operations/*.graphql (test/explorer-operations.test.ts validates
// those operations against schema.graphql, so a schema change that breaks them fails `npm test`).
export interface Ref {
  id: string;
  kind: string;
  name: string;
}
export interface Quote {
  quote: string;
  source: { id: string; title: string };
}
export interface EdgeT {
  id: string;
  type: string;
  sentence: string;
  confidence: string;
  validFrom: string | null;
  validTo: string | null;
  /** With asOf: KNOWN, or UNCERTAIN when it only may hold on that day. */
  asOfCertainty: 'KNOWN' | 'UNCERTAIN' | null;
  validity: { fromDerived: string | null; toDerived: string | null };
  note: string | null;
  from: Ref;
  to: Ref;
  evidence: Quote[];
}
export interface ClaimT {
  id: string;
  name: string;
  statement: string;
  assessment: string;
  assessmentQuote: string | null;
  date: { text: string } | null;
  madeBy: { date: string | null; note: string | null; entity: { id: string; name: string } }[];
}
export interface CasualtyFigureT {
  outcome: 'KILLED' | 'WOUNDED' | 'KILLED_OR_WOUNDED';
  count: number;
  qualifier: string | null;
  category: 'VICTIMS' | 'ASSAILANTS';
  who: string | null;
}
export interface CasualtyReportT {
  killed: number | null;
  killedQualifier: string | null;
  wounded: number | null;
  woundedQualifier: string | null;
  figures: CasualtyFigureT[];
  basis: 'SOURCE' | 'OFFICIAL' | 'HEDGED' | 'PERPETRATOR_CLAIM';
  confidence: string;
  reportedBy: string;
  note: string | null;
  evidence: Quote[];
}
/** A derived low / best / high toll with the rule that derived it (never a reported figure). */
export interface CasualtyRangeT {
  low: number | null;
  best: number | null;
  high: number | null;
  reportCount: number;
  summedParts: boolean;
  rule: string;
}
export interface EntityT extends Partial<Omit<ClaimT, 'id' | 'name'>> {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string;
  note?: string | null;
  evidence: Quote[];
  role?: string | null;
  born?: { text: string } | null;
  fate?: string | null;
  groupType?: string | null;
  placeType?: string | null;
  eventType?: string | null;
  publicationType?: string | null;
  figureText?: string;
  target?: string | null;
  tactic?: string | null;
  casualtyReports?: CasualtyReportT[];
  killedRange?: CasualtyRangeT;
  woundedRange?: CasualtyRangeT;
  perpetrators?: { attribution: string; entity: { id: string; name: string } }[];
}
export interface TenureT {
  ordinal: number | null;
  from: string | null;
  to: string | null;
  validity: {
    fromDerived: string | null;
    toDerived: string | null;
    earliestStart: string | null;
    latestStart: string | null;
    earliestEnd: string | null;
    latestEnd: string | null;
  };
  ended: string | null;
  note: string | null;
  person: { id: string; name: string };
  evidence: Quote[];
}
export interface PathStepT {
  sentence: string;
  from: Ref;
  to: Ref;
  edge: {
    id: string;
    type: string;
    confidence: string;
    validFrom: string | null;
    validTo: string | null;
    from: { id: string };
    to: { id: string };
    evidence: Quote[];
  };
}
export interface PathT {
  length: number;
  steps: PathStepT[];
}
export interface PathSearchT {
  stopped: boolean;
  searchedLength: number;
  budget: number;
  paths: PathT[];
}
export interface SearchHitT {
  matched: string;
  score: number;
  entity: Ref;
}
export interface SubgraphT {
  truncated: boolean;
  nodes: Ref[];
  edges: { id: string; type: string; asOfCertainty?: 'KNOWN' | 'UNCERTAIN' | null; from: { id: string }; to: { id: string } }[];
}
