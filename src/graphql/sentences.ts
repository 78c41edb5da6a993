// Relationships read as plain English that keeps the record's hedge: "Abdul Rauf Khadim reportedly pledged
// allegiance to Islamic State." The verb comes from the model (src/model/model.ts `reading`); dates come from
// the relationship alone, never from the attack or event it points at (a denial is not dated by its attack).
import { assessmentReadings, momentaryTypes, relationshipTypes, type RelationshipType, type RelationshipTypeName } from '../model/model.js';
import type { EdgeObject, EntityObject } from './records.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-06" → "June 2020", "2017-04-27" → "27 April 2017", "2015" → "2015". */
export function readableDate(text: string): string {
  const [y, m, d] = text.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const ordinalWord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The end properties a sentence reads (beside the label, which comes with every projected node). */
export const sentenceNeeds = ['name', 'assessment'] as const;

/** The ends' properties to read: those selected, and what a sentence reads when one is asked. */
export function withSentenceNeeds(props: readonly string[], sentenceAsked: boolean): readonly string[] {
  return sentenceAsked ? [...new Set([...props, ...sentenceNeeds])].sort() : props;
}

/** The adverb a confidence below high adds; high confidence reads plainly. */
export const confidenceWords: Record<string, string | undefined> = { medium: 'reportedly', low: 'possibly' };

/** Words by which a reader can tell that a sentence is hedged or attributed (the edge-wide test looks for them). */
export const hedgePattern = /\b(reportedly|possibly|according to|claimed|suspected|the text calls|the text reports|the text finds|the text does not)\b/;

// Attacks and events read with an article: "was freed in the Jalalabad prison attack", "the arrest of Aslam Farooqi".
const commonFirstWords =
  /^(Arrest|Reported|Killing|Killings|Drone|Raid|Strike|Suicide|Car|Attack|Attempted|Twin|Foiled|Division|Imprisonment|Announcement|Restructuring|Demotion|Change|Pledge|Formation|Shooting|Bombing|Killing)\b/;
function named(entity: EntityObject, atStart: boolean): string {
  // A claim is someone's words, never a fact: its name reads in quotation marks.
  if (entity.label === 'Claim') return `${atStart ? 'The claim ' : ''}“${entity.name}”`;
  if (entity.label !== 'Attack' && entity.label !== 'Event') return entity.name;
  const name = commonFirstWords.test(entity.name) ? entity.name.charAt(0).toLowerCase() + entity.name.slice(1) : entity.name;
  return `${atStart ? 'The' : 'the'} ${name}`;
}

const when = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${readableDate(date)}`;

/** The relationship's own dates; nothing when it has none. */
function dateClause(edge: EdgeObject): string {
  if (edge.validFrom && edge.validTo) {
    return edge.validFrom === edge.validTo ? ` ${when(edge.validFrom)}` : ` from ${readableDate(edge.validFrom)} to ${readableDate(edge.validTo)}`;
  }
  if (edge.validFrom) return momentaryTypes.has(edge.type as RelationshipTypeName) ? ` ${when(edge.validFrom)}` : ` from ${readableDate(edge.validFrom)}`;
  if (edge.validTo) return ` until ${readableDate(edge.validTo)}`;
  return '';
}

/** The verb for this edge: by attribution, by the kind of its start, or the type's reading. */
function verbOf(edge: EdgeObject): string {
  const t = relationshipTypes[edge.type as RelationshipTypeName] as RelationshipType | undefined;
  if (!t) return edge.type.toLowerCase().replaceAll('_', ' ');
  const byAttribution = typeof edge.attribution === 'string' ? t.readingByAttribution?.[edge.attribution] : undefined;
  return byAttribution ?? t.readingByFrom?.[edge.from.label] ?? t.reading;
}

/** "pledged" → "reportedly pledged"; "was a member of" → "was reportedly a member of". */
function hedged(verb: string, adverb: string | undefined): string {
  if (!adverb) return verb;
  const m = /^(is|was|were|are|has|have) (.*)$/.exec(verb);
  return m ? `${m[1]} ${adverb} ${m[2]}` : `${adverb} ${verb}`;
}

/** Closing words for whose account the edge rests on. */
function accountClauses(edge: EdgeObject): string[] {
  const out: string[] = [];
  if (edge.attribution === 'attributed') out.push('according to the source’s attribution');
  if (typeof edge.accordingTo === 'string' && edge.accordingTo) out.push(`according to ${edge.accordingTo}`);
  return out;
}

/** How the source judges the claim at either end, in its own vocabulary ("the text calls this disinformation"). */
function assessmentClause(edge: EdgeObject): string | undefined {
  const claim = [edge.to, edge.from].find((e) => e.label === 'Claim');
  const a = claim?.assessment;
  return typeof a === 'string' ? (assessmentReadings as Record<string, string>)[a] : undefined;
}

export function edgeSentence(edge: EdgeObject): string {
  const verb = hedged(verbOf(edge), confidenceWords[String(edge.confidence ?? '')]);
  let s = `${named(edge.from, true)} ${verb} ${named(edge.to, false)}`;
  if (edge.type === 'LED' && typeof edge.ordinal === 'number') s += ` as its ${ordinalWord(edge.ordinal)} leader`;
  if (edge.type === 'DESIGNATED' && typeof edge.designationType === 'string') {
    s += ` as ${/^[AEIOU]/.test(edge.designationType) ? 'an' : 'a'} ${edge.designationType}`;
  }
  s += dateClause(edge);
  if (typeof edge.role === 'string' && edge.role.length > 0) s += ` (${edge.role})`;
  const clauses = accountClauses(edge);
  if (clauses.length) s += `, ${clauses.join(', ')}`;
  const judged = assessmentClause(edge);
  if (judged) s += `; ${judged}`;
  return `${s}.`;
}
