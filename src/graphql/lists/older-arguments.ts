// The older arguments of attacks and claims as fixed conditions on `n` beside `where`
// (the same conditions as cypher/queries/attacks.cypher), so both can be given at once.
import { z } from 'zod';
import { nodeKinds } from '../../model/model.js';
import { enumValueName } from '../../model/list-fields.js';
import { args, check, dateRangeArgs } from '../args.js';
import type { SortKey } from './list-query.js';
import type { ExtraCondition } from './list-resolver.js';

export interface AttackFilter {
  perpetrator?: string | null;
  attribution?: string[] | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  target?: string | null;
  minKilled?: number | null;
}

const optionalId = args.id.nullish();

/** A condition that one pattern from a named entity to `n` exists: the list can start at that entity (list-resolver.ts). */
const anchored = (pattern: string, params: Record<string, unknown>): ExtraCondition => ({ cypher: `EXISTS { MATCH ${pattern} }`, params, anchor: pattern });

/** AttackFilter's conditions; the ids it names, for the NOT_FOUND check. */
export function attackFilterConditions(f: AttackFilter): { extra: ExtraCondition[]; ids: Record<string, string | null> } {
  const params = {
    legacyPerpetrator: check('filter.perpetrator', optionalId, f.perpetrator) ?? null,
    legacyAttribution: f.attribution?.map((x) => x.toLowerCase()) ?? null,
    legacyPlace: check('filter.place', optionalId, f.place) ?? null,
    legacyTarget: check('filter.target', optionalId, f.target) ?? null,
    legacyMinKilled: check('filter.minKilled', args.minKilled, f.minKilled) ?? null,
  };
  const range = dateRangeArgs('filter.from', f.from, 'filter.to', f.to);
  const extra: ExtraCondition[] = [];
  const add = (cypher: string, p: Record<string, unknown>) => extra.push({ cypher, params: p });
  if (range.from) add('n.dateEnd >= $legacyFrom', { legacyFrom: range.from });
  if (range.to) add('n.dateStart <= $legacyTo', { legacyTo: range.to });
  if (params.legacyMinKilled != null) add('n.killedBest >= $legacyMinKilled', { legacyMinKilled: params.legacyMinKilled });
  if (params.legacyPerpetrator)
    extra.push(
      anchored('(:Entity {id: $legacyPerpetrator})-[r:PERPETRATED]->(n) WHERE $legacyAttribution IS NULL OR r.attribution IN $legacyAttribution', {
        legacyPerpetrator: params.legacyPerpetrator,
        legacyAttribution: params.legacyAttribution,
      }),
    );
  if (params.legacyAttribution)
    add('EXISTS { MATCH (:Entity)-[r:PERPETRATED]->(n) WHERE r.attribution IN $legacyAttribution }', { legacyAttribution: params.legacyAttribution });
  if (params.legacyPlace)
    extra.push(anchored('(n)-[:OCCURRED_AT]->(:Place)-[:PART_OF]->{0,6}(:Place {id: $legacyPlace})', { legacyPlace: params.legacyPlace }));
  if (params.legacyTarget) extra.push(anchored('(n)-[:TARGETED]->(:Entity {id: $legacyTarget})', { legacyTarget: params.legacyTarget }));
  return { extra, ids: { perpetrator: params.legacyPerpetrator, place: params.legacyPlace, target: params.legacyTarget } };
}

/** AttackOrder as sort keys (undated and unknown tolls last, as before). */
export function attackOrder(orderBy: string | null | undefined): SortKey[] {
  const order = check('orderBy', z.enum(['DATE_ASC', 'DATE_DESC', 'KILLED_DESC']), orderBy ?? 'DATE_DESC');
  if (order === 'KILLED_DESC') return [{ field: 'killedBest', direction: 'DESC' }];
  return [{ field: 'date', direction: order === 'DATE_ASC' ? 'ASC' : 'DESC' }];
}

export interface ClaimFilterArgs {
  about?: string | null;
  aboutAny?: string[] | null;
  madeBy?: string | null;
  madeByAny?: string[] | null;
  assessment?: string[] | null;
  statementContains?: string | null;
}

const idList = z.array(args.id).max(100, 'may list at most 100 ids').nullish();
const assessments = new Map((nodeKinds.Claim.properties.assessment.values ?? []).map((v) => [enumValueName(v), v]));

/** Claims' own filter arguments as conditions; the ids they name, for the NOT_FOUND check. */
export function claimConditions(a: ClaimFilterArgs): { extra: ExtraCondition[]; ids: string[] } {
  const about = check('about', optionalId, a.about) ?? null;
  const aboutAny = check('aboutAny', idList, a.aboutAny) ?? null;
  const madeBy = check('madeBy', optionalId, a.madeBy) ?? null;
  const madeByAny = check('madeByAny', idList, a.madeByAny) ?? null;
  const statement = a.statementContains == null ? null : check('statementContains', args.text, a.statementContains);
  const extra: ExtraCondition[] = [];
  if (about) extra.push(anchored('(n)-[:ABOUT]->(:Entity {id: $claimAbout})', { claimAbout: about }));
  if (aboutAny) extra.push({ cypher: 'EXISTS { MATCH (n)-[:ABOUT]->(s:Entity) WHERE s.id IN $claimAboutAny }', params: { claimAboutAny: aboutAny } });
  if (madeBy) extra.push(anchored('(:Entity {id: $claimMadeBy})-[:MADE_CLAIM]->(n)', { claimMadeBy: madeBy }));
  if (madeByAny) extra.push({ cypher: 'EXISTS { MATCH (m:Entity)-[:MADE_CLAIM]->(n) WHERE m.id IN $claimMadeByAny }', params: { claimMadeByAny: madeByAny } });
  if (a.assessment) extra.push({ cypher: 'n.assessment IN $claimAssessment', params: { claimAssessment: a.assessment.map((x) => assessments.get(x) ?? x) } });
  if (statement) extra.push({ cypher: 'toLower(n.statement) CONTAINS toLower($claimStatement)', params: { claimStatement: statement } });
  return { extra, ids: [about, ...(aboutAny ?? []), madeBy, ...(madeByAny ?? [])].filter((x): x is string => x != null) };
}
