// The graph's model, declared once. Zod schemas (src/seed/schemas.ts), Neo4j constraints
// (cypher/schema.cypher), the GraphQL kinds and the data dictionary all derive from it.

export type PropType = 'text' | 'int' | 'date' | 'derivedDate' | 'id' | 'enum' | 'casualtyReports';

export interface PropSpec {
  type: PropType;
  description: string;
  required?: boolean;
  values?: readonly string[];
}

export interface NodeKind {
  /** Seed file under seed/. */
  file: string;
  /** Id prefix before the slash. */
  prefix: string;
  description: string;
  properties: Record<string, PropSpec>;
  example: string;
}

const date = (description: string, required = false): PropSpec => ({ type: 'date', description, required });
const text = (description: string, required = false): PropSpec => ({ type: 'text', description, required });
const oneOf = (values: readonly string[], description: string, required = false): PropSpec => ({
  type: 'enum',
  values,
  description,
  required,
});

export const nodeKinds = {
  Source: {
    file: 'sources.yaml',
    prefix: 'source',
    description: 'A document quoted as evidence.',
    properties: {
      publisher: text('Who published it.', true),
      file: text('File name under the sources folder.', true),
      sha256: text('SHA-256 of the file, so a changed text is noticed.', true),
      url: text('Where it was published, when known.'),
    },
    example: 'source/globalsecurity-iskp',
  },
  Person: {
    file: 'people.yaml',
    prefix: 'person',
    description: 'A named person: leaders, attack leaders, officials, commanders, spokespeople, analysts.',
    properties: {
      role: text('Short role as the text gives it.'),
      born: date('Date of birth, as precise as the text.'),
      fate: text('What became of them, as reported.'),
    },
    example: 'person/shahab-al-muhajir',
  },
  Group: {
    file: 'groups.yaml',
    prefix: 'group',
    description: 'An organisation: militant group, state body, armed force, intelligence service, news agency, media outlet, international body.',
    properties: {
      groupType: oneOf(
        [
          'militant-group',
          'state-body',
          'armed-forces',
          'intelligence-service',
          'news-agency',
          'media-outlet',
          'international-body',
          'think-tank',
          'political-movement',
          'empire',
        ],
        'What kind of organisation.',
        true,
      ),
    },
    example: 'group/iskp',
  },
  Community: {
    file: 'communities.yaml',
    prefix: 'community',
    description: 'A population targeted by or recruited from (Shia, Hazara, Sikh, …).',
    properties: {},
    example: 'community/hazara',
  },
  Place: {
    file: 'places.yaml',
    prefix: 'place',
    description: 'A place; `PART_OF` links it to the place that contains it.',
    properties: {
      placeType: oneOf(['region', 'country', 'province', 'district', 'city', 'village', 'site'], 'Level in the place hierarchy.', true),
    },
    example: 'place/nangarhar-province',
  },
  Attack: {
    file: 'attacks.yaml',
    prefix: 'attack',
    description: 'An attack or attempted attack, with every reported casualty figure side by side.',
    properties: {
      date: date('When it happened, as precise as the text (absent when the text gives none).'),
      target: text('What or whom it targeted, in words.'),
      tactic: text('How: suicide bombing, car bomb, gunmen, …'),
      casualtyReports: {
        type: 'casualtyReports',
        description:
          'Each report of the attack’s casualties with its own quote: its figures (outcome, count, qualifier, victims or assailants, by group where the text splits them), whose voice it is, and a confidence.',
      },
      duplicateOf: { type: 'id', description: 'Another Attack record the text reports twice.' },
    },
    example: 'attack/2021-08-26-kabul-airport',
  },
  Event: {
    file: 'events.yaml',
    prefix: 'event',
    description: 'A dated event that is not an attack: strikes, raids, arrests, announcements, agreements, foiled plots.',
    properties: {
      eventType: oneOf(
        [
          'strike',
          'raid',
          'arrest',
          'killing',
          'prison-break',
          'foiled-plot',
          'announcement',
          'agreement',
          'restructuring',
          'appointment',
          'statement',
          'pledge',
          'takeover',
          'imprisonment',
          'administrative-change',
          'designation',
          'clash',
          'other',
        ],
        'What kind of event.',
        true,
      ),
      date: date('When, as precise as the text.'),
    },
    example: 'event/2016-07-26-drone-strike-hafiz-saeed-khan',
  },
  Publication: {
    file: 'publications.yaml',
    prefix: 'publication',
    description: 'A magazine, article, video, book, statement or report.',
    properties: {
      publicationType: oneOf(['magazine', 'article', 'video', 'book', 'statement', 'memoir', 'report', 'documents', 'broadcast', 'post'], 'Form.', true),
      date: date('Publication date, as precise as the text.'),
      language: text('Language.'),
      length: text('Length as the text gives it ("117-page", "11-minute, 39-second").'),
    },
    example: 'publication/2022-07-07-flames-of-revenge',
  },
  Estimate: {
    file: 'estimates.yaml',
    prefix: 'estimate',
    description: 'A strength figure: who estimated how many, when.',
    properties: {
      date: date('When the estimate was made or applies.'),
      figureMin: { type: 'int', description: 'Lower bound.' },
      figureMax: { type: 'int', description: 'Upper bound.' },
      figureText: text('The figure as the text words it.', true),
      unit: oneOf(['fighters', 'members', 'districts'], 'What is counted.', true),
    },
    example: 'estimate/2023-iskp-members',
  },
  Claim: {
    file: 'claims.yaml',
    prefix: 'claim',
    description: 'An assertion someone made, with the source’s assessment. Never a fact.',
    properties: {
      statement: text('Neutral paraphrase of what is claimed.', true),
      date: date('When it was made, as precise as the text.'),
      assessment: oneOf(
        ['fabrication', 'disinformation', 'conspiracy-theory', 'no-evidence', 'unverified', 'disputed', 'denied', 'not-assessed', 'supported'],
        'How the source judges the claim, in its own words where it has them (fabrication, disinformation, conspiracy-theory: the text calls it so); every value but not-assessed comes with the quote that judges it.',
        true,
      ),
      assessmentQuote: text('The source’s own judgement, exact.'),
    },
    example: 'claim/israel-created-isis',
  },
  Finance: {
    file: 'finance.yaml',
    prefix: 'finance',
    description: 'A revenue stream or money-transfer mechanism.',
    properties: {
      financeType: oneOf(['revenue-stream', 'transfer-mechanism'], 'Revenue or transfer.', true),
    },
    example: 'finance/hawala',
  },
} as const satisfies Record<string, NodeKind>;

export type NodeLabel = keyof typeof nodeKinds;
export const nodeLabels = Object.keys(nodeKinds) as NodeLabel[];

export interface RelationshipType {
  description: string;
  /** The verb a sentence reads the edge with: "<from> <reading> <to>" (src/graphql/sentences.ts). */
  reading: string;
  /** Readings by the value of the `attribution` property, where it changes the verb. */
  readingByAttribution?: Partial<Record<string, string>>;
  /** Readings by the kind of the start node, where it changes the verb (a publication carries a claim). */
  readingByFrom?: Partial<Record<NodeLabel, string>>;
  from: readonly NodeLabel[] | '*';
  to: readonly NodeLabel[] | '*';
  properties?: Record<string, PropSpec>;
}

const ANY = '*' as const;
const actor = ['Person', 'Group'] as const;

/** Properties every relationship may carry, beside id, evidence and confidence. */
export const commonRelationshipProperties: Record<string, PropSpec> = {
  from: date('Start of validity, as precise as the text.'),
  to: date('End of validity, as precise as the text.'),
  fromDerived: {
    type: 'derivedDate',
    description: 'A start the text implies but does not state: `2016-07` (in), `<=2019-07` (no later than), `>=2021-08` (no earlier than); needs `fromReason`.',
  },
  fromReason: text('Why the text implies `fromDerived`, in words a reader can check against the quotes.'),
  toDerived: {
    type: 'derivedDate',
    description: 'An end the text implies but does not state (same forms as `fromDerived`), e.g. a successor’s appointment; needs `toReason`.',
  },
  toReason: text('Why the text implies `toDerived`.'),
  note: text('Which reading this is, or what the text leaves open.'),
  accordingTo: text('Whose account alone the edge rests on, in words ("the Islamic State\'s claim"); absent when the source says it in its own voice.'),
};

export const relationshipTypes = {
  LED: {
    reading: 'led',
    description: 'A person led a group (an emir’s tenure).',
    from: ['Person'],
    to: ['Group'],
    properties: {
      ordinal: { type: 'int', description: 'Which leader in order (1 = first).' },
      ended: text('How the tenure ended.'),
    },
  },
  SUCCEEDED: { reading: 'succeeded', description: 'A person succeeded another in a position.', from: ['Person'], to: ['Person'] },
  MEMBER_OF: {
    reading: 'was a member of',
    description: 'A person belongs to or serves a group.',
    from: ['Person'],
    to: ['Group'],
    properties: { role: text('Role in the group.') },
  },
  FORMER_MEMBER_OF: {
    reading: 'was formerly a member of',
    description: 'A person once belonged to a group.',
    from: ['Person'],
    to: ['Group'],
    properties: { role: text('Role in the group.') },
  },
  BRANCH_OF: { reading: 'is a branch of', description: 'A group is a branch or province of another.', from: ['Group'], to: ['Group'] },
  AFFILIATED_WITH: { reading: 'is affiliated with', description: 'A group is linked to another without being its branch.', from: ['Group'], to: ['Group'] },
  PLEDGED_ALLEGIANCE_TO: { reading: 'pledged allegiance to', description: 'A person or group pledged allegiance.', from: actor, to: actor },
  FORMED_FROM: {
    reading: 'was formed from members of',
    description: 'A group was formed from members of another (or a province from the division of another).',
    from: ['Group', 'Place'],
    to: ['Group', 'Place'],
  },
  INTEGRATED_INTO: { reading: 'was integrated into', description: 'A group was absorbed into another.', from: ['Group'], to: ['Group'] },
  RECRUITS_FROM: {
    reading: 'recruits from',
    description: 'A group recruits from a group, community or place.',
    from: ['Group'],
    to: ['Group', 'Community', 'Place'],
  },
  FIGHTS: { reading: 'fights', description: 'A group fights or opposes another.', from: ['Group'], to: ['Group', 'Community'] },
  COORDINATED_WITH: { reading: 'coordinated with', description: 'Groups or people coordinated operations.', from: actor, to: actor },
  PART_OF: {
    reading: 'is part of',
    description: 'Contained in: place in place, unit in organisation, article in magazine.',
    from: ['Place', 'Group', 'Publication'],
    to: ['Place', 'Group', 'Publication'],
  },
  OVERLAPS: { reading: 'overlaps', description: 'A historical region covers part of a place.', from: ['Place'], to: ['Place'] },
  OPERATES_IN: { reading: 'operates in', description: 'A group is active in a place.', from: ['Group'], to: ['Place'] },
  BASED_IN: { reading: 'is based in', description: 'A group or person is based in a place.', from: actor, to: ['Place'] },
  ORIGINATES_FROM: { reading: 'originates from', description: 'A person comes from a place.', from: ['Person'], to: ['Place'] },
  BORN_IN: { reading: 'was born in', description: 'A person was born in a place.', from: ['Person'], to: ['Place'] },
  FUNDED_BY: {
    reading: 'is funded by',
    description: 'A group gets money from a group or revenue stream.',
    from: ['Group'],
    to: ['Group', 'Finance', 'Community'],
  },
  TRANSFERS_FUNDS_VIA: { reading: 'transfers funds via', description: 'A group moves money through a mechanism.', from: ['Group'], to: ['Finance'] },
  PERPETRATED: {
    reading: 'carried out',
    description: 'A group or person carried out an attack.',
    from: actor,
    to: ['Attack'],
    properties: { attribution: oneOf(['claimed', 'attributed', 'suspected'], 'How responsibility is known.', true) },
    // "claimed": the group's own claim; "suspected": a suspicion; "attributed": the source's attribution.
    readingByAttribution: { claimed: 'claimed responsibility for', suspected: 'is suspected of carrying out' },
  },
  DENIED_RESPONSIBILITY: { reading: 'denied responsibility for', description: 'A group denied carrying out an attack.', from: actor, to: ['Attack'] },
  PLANNED: { reading: 'planned', description: 'A group planned a plot or operation (e.g. a foiled plot).', from: actor, to: ['Event', 'Attack'] },
  CONDUCTED: { reading: 'conducted', description: 'A group or person carried out an event (a strike, raid, arrest).', from: actor, to: ['Event'] },
  OCCURRED_AT: { reading: 'took place at', description: 'An attack or event took place at a place.', from: ['Attack', 'Event'], to: ['Place'] },
  TARGETED: {
    reading: 'targeted',
    description: 'An attack or event targeted someone or something.',
    from: ['Attack', 'Event'],
    to: ['Person', 'Group', 'Community', 'Place'],
  },
  LED_ATTACK: { reading: 'led', description: 'A person led an attack.', from: ['Person'], to: ['Attack'] },
  KILLED_IN: { reading: 'was killed in', description: 'A person was killed in an event or attack.', from: ['Person'], to: ['Event', 'Attack'] },
  CAPTURED_BY: { reading: 'was captured by', description: 'A person was arrested or detained by a group.', from: ['Person'], to: ['Group'] },
  FREED_IN: { reading: 'was freed in', description: 'A person was freed in an attack or event.', from: ['Person'], to: ['Attack', 'Event'] },
  PUBLISHED_BY: { reading: 'was published by', description: 'A publication was published by a group.', from: ['Publication'], to: ['Group'] },
  LEAKED: {
    reading: 'leaked',
    description: 'A person made public documents someone else wrote (a leaker, not an author).',
    from: ['Person'],
    to: ['Publication'],
  },
  AUTHORED: {
    reading: 'authored',
    description: 'A person wrote or made a publication (its author; not one who only leaked or relayed it).',
    from: ['Person'],
    to: ['Publication'],
  },
  DESIGNATED: {
    reading: 'designated',
    description: 'An authority designated a group (e.g. as a terrorist organisation).',
    from: ['Group'],
    to: ['Group'],
    properties: { designationType: text('What it was designated as.', true), legalBasis: text('Under which law or order.') },
  },
  ESTIMATED: { reading: 'gave the estimate', description: 'Who made an estimate.', from: ['Person', 'Group', 'Publication'], to: ['Estimate'] },
  MADE_CLAIM: {
    reading: 'made the claim',
    readingByFrom: { Publication: 'carries the claim' },
    description: 'Who made (or relayed) a claim.',
    from: ['Person', 'Group', 'Publication', 'Community'],
    to: ['Claim'],
  },
  ABOUT: { reading: 'is about', description: 'What a claim, estimate or publication is about.', from: ['Claim', 'Estimate', 'Publication'], to: ANY },
} as const satisfies Record<string, RelationshipType>;

export type RelationshipTypeName = keyof typeof relationshipTypes;
export const relationshipTypeNames = Object.keys(relationshipTypes) as RelationshipTypeName[];

/**
 * Relationships that happen at a moment (a strike, a claim, a pledge) rather than last: a `from` alone is the day
 * it happened, not the start of a state that holds on every later day (src/model/validity.ts).
 */
export const momentaryTypes: ReadonlySet<RelationshipTypeName> = new Set<RelationshipTypeName>([
  'SUCCEEDED',
  'PLEDGED_ALLEGIANCE_TO',
  'PERPETRATED',
  'DENIED_RESPONSIBILITY',
  'PLANNED',
  'CONDUCTED',
  'LED_ATTACK',
  'KILLED_IN',
  'CAPTURED_BY',
  'FREED_IN',
  'PUBLISHED_BY',
  'AUTHORED',
  'LEAKED',
  'DESIGNATED',
  'ESTIMATED',
  'MADE_CLAIM',
  'FORMED_FROM',
  'INTEGRATED_INTO',
  'TARGETED',
  'OCCURRED_AT',
]);

/** Internal to the loader: an attack's casualty figures as their own nodes. */
export const CASUALTY_REPORT = { label: 'CasualtyReport', relationship: 'HAS_CASUALTY_REPORT' } as const;

export const confidenceLevels = ['high', 'medium', 'low'] as const;

/** How a sentence says the source's judgement of a claim, in the source's own vocabulary. */
export const assessmentReadings = {
  fabrication: 'the text calls this a fabrication',
  disinformation: 'the text calls this disinformation',
  'conspiracy-theory': 'the text calls this a conspiracy theory',
  'no-evidence': 'the text finds no evidence for it',
  unverified: 'the text reports it unverified',
  disputed: 'the text reports it disputed',
  denied: 'the text reports it denied',
  'not-assessed': 'the text does not judge it',
  supported: 'the text reports it supported',
} as const satisfies Record<string, string>;
export const casualtyQualifiers = ['at least', 'more than', 'over', 'nearly', 'around', 'about', 'exactly', 'up to', 'initially'] as const;

/** What a casualty figure counts. `killed-or-wounded`: the text gives one combined figure and never splits it. */
export const casualtyOutcomes = ['killed', 'wounded', 'killed-or-wounded'] as const;
/** Whose casualties: the attack's victims, or its assailants (the Longan hotel's three dead attackers). */
export const casualtyCategories = ['victims', 'assailants'] as const;

/** Whose voice a casualty report is in; its confidence follows from it (checked by src/seed/schemas.ts). */
export const casualtyBases = {
  source: { description: 'The source states the figure in its own voice.', confidence: ['high', 'medium'] },
  official: { description: 'An official’s statement the source reports ("Officials say", a president’s announcement).', confidence: ['medium'] },
  hedged: { description: 'A hedged or superseded remark ("initially reported as").', confidence: ['medium', 'low'] },
  'perpetrator-claim': { description: 'The perpetrator’s own claim (the Islamic State’s "more than 300").', confidence: ['low'] },
} as const satisfies Record<string, { description: string; confidence: readonly (typeof confidenceLevels)[number][] }>;
export type CasualtyBasis = keyof typeof casualtyBases;

export function labelForId(id: string): NodeLabel | undefined {
  const prefix = id.split('/')[0];
  return nodeLabels.find((l) => nodeKinds[l].prefix === prefix);
}
