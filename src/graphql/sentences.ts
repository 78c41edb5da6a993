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
  AUTHORED: 'made',
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

function dated(entity: EntityObject): string {
  const date = entity.date as string | undefined;
  return date ? ` (${readableDate(date)})` : '';
}

export function edgeSentence(edge: EdgeObject): string {
  const verb = verbs[edge.type as RelationshipTypeName] ?? edge.type.toLowerCase().replaceAll('_', ' ');
  let s = `${edge.from.name} ${verb} ${edge.to.name}`;
  if (edge.type === 'LED' && typeof edge.ordinal === 'number') s += ` as its ${ordinalWord(edge.ordinal)} leader`;
  if (edge.role) s += ` (${edge.role as string})`;
  if (edge.attribution) s += ` (${edge.attribution as string})`;
  if (edge.validFrom && edge.validTo) s += ` from ${readableDate(edge.validFrom)} to ${readableDate(edge.validTo)}`;
  else if (edge.validFrom) s += ` ${edge.validFrom.length === 10 ? 'on' : edge.type === 'LED' || edge.type.includes('MEMBER') ? 'from' : 'in'} ${readableDate(edge.validFrom)}`;
  else if (edge.validTo) s += ` until ${readableDate(edge.validTo)}`;
  else s += dated(edge.to.label === 'Attack' || edge.to.label === 'Event' ? edge.to : edge.from);
  return `${s}.`;
}
