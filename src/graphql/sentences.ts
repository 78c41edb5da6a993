// Relationships read as plain English, with their dates: "Aslam Farooqi was freed in … (2020-08)".
import type { RelationshipTypeName } from '../model/model.js';
import type { EdgeObject, EntityObject } from './records.js';

const verbs: Record<RelationshipTypeName, string> = {
  LED: 'led',
  SUCCEEDED: 'succeeded',
  MEMBER_OF: 'was a member of',
  FORMER_MEMBER_OF: 'was formerly a member of',
  BRANCH_OF: 'is a branch of',
  AFFILIATED_WITH: 'is affiliated with',
  PLEDGED_ALLEGIANCE_TO: 'pledged allegiance to',
  FORMED_FROM: 'was formed from members of',
  INTEGRATED_INTO: 'was integrated into',
  RECRUITS_FROM: 'recruits from',
  FIGHTS: 'fights',
  COORDINATED_WITH: 'coordinated with',
  PART_OF: 'is part of',
  OVERLAPS: 'overlaps',
  OPERATES_IN: 'operates in',
  BASED_IN: 'is based in',
  ORIGINATES_FROM: 'originates from',
  BORN_IN: 'was born in',
  FUNDED_BY: 'is funded by',
  TRANSFERS_FUNDS_VIA: 'transfers funds via',
  PERPETRATED: 'carried out',
  DENIED_RESPONSIBILITY: 'denied responsibility for',
  PLANNED: 'planned',
  CONDUCTED: 'conducted',
  OCCURRED_AT: 'took place at',
  TARGETED: 'targeted',
  LED_ATTACK: 'led',
  KILLED_IN: 'was killed in',
  CAPTURED_BY: 'was captured by',
  FREED_IN: 'was freed in',
  PUBLISHED_BY: 'was published by',
  AUTHORED: 'authored',
  DESIGNATED: 'designated',
  ESTIMATED: 'made the estimate',
  MADE_CLAIM: 'made the claim',
  ABOUT: 'is about',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-06" → "June 2020", "2017-04-27" → "27 April 2017", "2015" → "2015". */
export function readableDate(text: string): string {
  const [y, m, d] = text.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const ordinalWord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

// Relationships that happen at a moment ("on 2 August 2020"), as against states that last ("from June 2020").
const momentary = new Set([
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
  'DESIGNATED',
  'ESTIMATED',
  'MADE_CLAIM',
  'FORMED_FROM',
  'INTEGRATED_INTO',
  'TARGETED',
  'OCCURRED_AT',
]);

// Attacks and events read with an article: "was freed in the Jalalabad prison attack", "the arrest of Aslam Farooqi".
const commonFirstWords =
  /^(Arrest|Reported|Killing|Killings|Drone|Raid|Strike|Suicide|Car|Attack|Attempted|Twin|Foiled|Division|Imprisonment|Announcement|Restructuring|Demotion|Change|Pledge|Formation|Shooting|Bombing|Killing)\b/;
function named(entity: EntityObject, atStart: boolean): string {
  if (entity.label !== 'Attack' && entity.label !== 'Event') return entity.name;
  const name = commonFirstWords.test(entity.name) ? entity.name.charAt(0).toLowerCase() + entity.name.slice(1) : entity.name;
  return `${atStart ? 'The' : 'the'} ${name}`;
}

const when = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${readableDate(date)}`;

/** The relationship's own dates, or else the date of the attack or event it points at. */
function dateClause(edge: EdgeObject): string {
  if (edge.validFrom && edge.validTo) return ` from ${readableDate(edge.validFrom)} to ${readableDate(edge.validTo)}`;
  if (edge.validFrom) return momentary.has(edge.type) ? ` ${when(edge.validFrom)}` : ` from ${readableDate(edge.validFrom)}`;
  if (edge.validTo) return ` until ${readableDate(edge.validTo)}`;
  const dated = [edge.to, edge.from].find((e) => (e.label === 'Attack' || e.label === 'Event') && e.date);
  return dated ? ` ${when(dated.date as string)}` : '';
}

export function edgeSentence(edge: EdgeObject): string {
  const verb = verbs[edge.type as RelationshipTypeName] ?? edge.type.toLowerCase().replaceAll('_', ' ');
  let s = `${named(edge.from, true)} ${verb} ${named(edge.to, false)}`;
  if (edge.type === 'LED' && typeof edge.ordinal === 'number') s += ` as its ${ordinalWord(edge.ordinal)} leader`;
  if (edge.type === 'DESIGNATED' && typeof edge.designationType === 'string') {
    s += ` as ${/^[AEIOU]/.test(edge.designationType) ? 'an' : 'a'} ${edge.designationType}`;
  }
  s += dateClause(edge);
  const qualifiers = [edge.role, edge.attribution].filter((q): q is string => typeof q === 'string' && q.length > 0);
  if (qualifiers.length) s += ` (${qualifiers.join('; ')})`;
  return `${s}.`;
}
