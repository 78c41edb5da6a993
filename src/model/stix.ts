// How each kind and relationship type of the model maps to STIX 2.1, declared beside the model.
// The closing note of issue 12 and README "Export" give the reasons at length; each entry carries its short reason.
import type { NodeLabel, RelationshipTypeName } from './model.js';

export type StixNodeType = 'threat-actor' | 'identity' | 'location' | 'incident' | 'report' | 'note' | 'infrastructure' | 'file';

export interface StixKind {
  type: StixNodeType;
  reason: string;
}

export const stixKinds = {
  Source: { type: 'file', reason: 'A document with a name and a SHA-256: the STIX file observable; every quote also cites it in external_references.' },
  Person: {
    type: 'threat-actor',
    reason: 'threat-actor (individual) when the person led, belonged to or carried out attacks for a militant group; otherwise identity (individual).',
  },
  Group: { type: 'threat-actor', reason: 'militant groups are threat-actor (terrorist); states, agencies, forces and media are identity (organization).' },
  Community: { type: 'identity', reason: 'A targeted population: identity of class group, the usual target of "targets".' },
  Place: { type: 'location', reason: 'location, with country (ISO code) inherited along PART_OF or a region from the STIX vocabulary.' },
  Attack: { type: 'incident', reason: 'incident, with every casualty figure (qualifier, quote) in the project extension.' },
  Event: { type: 'incident', reason: 'STIX 2.1 has no event object; incident is the one core object for something that happened.' },
  Publication: { type: 'report', reason: 'report when dated (published is required); undated ones are notes (no date is invented).' },
  Estimate: { type: 'note', reason: 'An estimate is an assessment by someone: a note with the estimator as author and the figure in the extension.' },
  Claim: { type: 'note', reason: 'A claim is someone’s assertion, never a fact: a note, plus an opinion carrying the source’s assessment.' },
  Finance: {
    type: 'infrastructure',
    reason: 'A revenue stream or transfer mechanism supports operations: infrastructure (type unknown) is the closest core object.',
  },
} as const satisfies Record<NodeLabel, StixKind>;

/** Group types that are militant actors in STIX terms (threat-actor); the rest are identities. */
export const threatActorGroupTypes = ['militant-group', 'political-movement'] as const;

/** A relationship type's STIX reading: a standard relationship_type valid for every end pair, else related-to plus the extension. */
export const stixRelationships: Record<RelationshipTypeName, { type: 'located-at' | 'related-to' }> = {
  LED: { type: 'related-to' },
  SUCCEEDED: { type: 'related-to' },
  MEMBER_OF: { type: 'related-to' },
  FORMER_MEMBER_OF: { type: 'related-to' },
  BRANCH_OF: { type: 'related-to' },
  AFFILIATED_WITH: { type: 'related-to' },
  PLEDGED_ALLEGIANCE_TO: { type: 'related-to' },
  FORMED_FROM: { type: 'related-to' },
  INTEGRATED_INTO: { type: 'related-to' },
  RECRUITS_FROM: { type: 'related-to' },
  FIGHTS: { type: 'related-to' },
  COORDINATED_WITH: { type: 'related-to' },
  PART_OF: { type: 'related-to' },
  OVERLAPS: { type: 'related-to' },
  OPERATES_IN: { type: 'related-to' },
  BASED_IN: { type: 'located-at' },
  ORIGINATES_FROM: { type: 'related-to' },
  BORN_IN: { type: 'related-to' },
  FUNDED_BY: { type: 'related-to' },
  TRANSFERS_FUNDS_VIA: { type: 'related-to' },
  PERPETRATED: { type: 'related-to' },
  DENIED_RESPONSIBILITY: { type: 'related-to' },
  PLANNED: { type: 'related-to' },
  CONDUCTED: { type: 'related-to' },
  OCCURRED_AT: { type: 'related-to' },
  TARGETED: { type: 'related-to' },
  LED_ATTACK: { type: 'related-to' },
  KILLED_IN: { type: 'related-to' },
  CAPTURED_BY: { type: 'related-to' },
  FREED_IN: { type: 'related-to' },
  PUBLISHED_BY: { type: 'related-to' },
  LEAKED: { type: 'related-to' },
  AUTHORED: { type: 'related-to' },
  DESIGNATED: { type: 'related-to' },
  ESTIMATED: { type: 'related-to' },
  MADE_CLAIM: { type: 'related-to' },
  ABOUT: { type: 'related-to' },
};

/** STIX Appendix A (Low/Med/High scale): the midpoints of its bands. */
export const stixConfidence = { low: 15, medium: 50, high: 85 } as const;

/** The source's assessment of a claim as a STIX opinion; not-assessed gives no opinion. */
export const stixOpinion = {
  fabrication: 'strongly-disagree',
  disinformation: 'strongly-disagree',
  'conspiracy-theory': 'strongly-disagree',
  'no-evidence': 'disagree',
  denied: 'disagree',
  disputed: 'neutral',
  unverified: 'neutral',
  supported: 'agree',
  'not-assessed': null,
} as const;

/** ISO 3166-1 alpha-2 codes for the countries in seed/places.yaml (a standard code, not a claim of the text). */
export const countryCodes: Record<string, string> = {
  'place/afghanistan': 'AF',
  'place/pakistan': 'PK',
  'place/iran': 'IR',
  'place/iraq': 'IQ',
  'place/syria': 'SY',
  'place/libya': 'LY',
  'place/egypt': 'EG',
  'place/lebanon': 'LB',
  'place/turkmenistan': 'TM',
  'place/tajikistan': 'TJ',
  'place/uzbekistan': 'UZ',
  'place/kyrgyzstan': 'KG',
  'place/bangladesh': 'BD',
  'place/india': 'IN',
  'place/germany': 'DE',
  'place/austria': 'AT',
  'place/spain': 'ES',
  'place/maldives': 'MV',
  'place/qatar': 'QA',
  'place/turkey': 'TR',
  'place/china': 'CN',
  'place/russia': 'RU',
  'place/israel': 'IL',
  'place/united-states': 'US',
};

/** Regions with no country above them: the STIX region-ov value they lie in. */
export const regionCodes: Record<string, string> = {
  'place/central-asia': 'central-asia',
  'place/middle-east': 'western-asia',
  'place/europe': 'europe',
  'place/east-turkestan': 'eastern-asia',
  'place/gaza-strip': 'western-asia',
};

/** Any other place with no country above it (Khorasan, the Red Sea): the broadest region that holds it. */
export const defaultRegion = 'asia';

/** created/modified of every exported object: fixed, so re-exports diff cleanly (the export's metadata, not a fact of the text). */
export const STIX_TIMESTAMP = '2026-12-01T00:00:00.000Z';
