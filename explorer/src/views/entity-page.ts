// The entity page: kind, name, aliases, description, dates, note; relationships by type; claims as claims;
// an attack's casualty ledger; a group's leadership timeline.
import * as api from '../api';
import { h, kindLabel } from '../dom';
import type { EntityT } from '../types';
import { casualtyLedger } from './casualty-ledger';
import { claimCard } from './claim-card';
import { evidenceToggle } from './evidence';
import { leadershipTimeline } from './leadership-timeline';
import { relationshipList } from './relationship-list';

function facts(e: EntityT): [string, string][] {
  const rows: [string, string | null | undefined][] = [
    ['Date', e.date?.text],
    ['Born', e.born?.text],
    ['Role', e.role],
    ['Fate', e.fate],
    ['Type', e.groupType ?? e.placeType ?? e.eventType ?? e.publicationType],
    ['Figure', e.figureText],
    ['Target', e.target],
    ['Tactic', e.tactic],
  ];
  return rows.filter((r): r is [string, string] => !!r[1]);
}

export async function entityPage(id: string, asOf: string | undefined, open: (id: string) => void, knownOnly = false): Promise<HTMLElement> {
  const [e, edges] = await Promise.all([api.entity(id), api.relationships(id, asOf, knownOnly)]);
  if (!e) return h('p', { class: 'error', role: 'alert' }, `No entity with id ${id}.`);
  const [claims, tenures] = await Promise.all([api.claimsAbout(id), e.kind === 'GROUP' ? api.leadership(id) : Promise.resolve([])]);
  const isClaim = e.kind === 'CLAIM';
  return h(
    'article',
    { class: `entity${isClaim ? ' is-claim' : ''}`, 'data-id': e.id },
    h('p', {}, h('span', { class: `kind kind-${e.kind}` }, kindLabel(e.kind)), ' ', h('code', { class: 'id' }, e.id)),
    h('h1', {}, e.name),
    e.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', e.aliases.join(' · ')) : null,
    h('p', { class: 'description' }, e.description),
    // The curators' note says what the text leaves open (variant dates, readings); it belongs beside the summary.
    e.note ? h('p', { class: 'note' }, h('strong', {}, 'Note: '), e.note) : null,
    facts(e).length ? h('dl', { class: 'facts' }, ...facts(e).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : null,
    e.evidence.length ? h('p', {}, evidenceToggle(e.evidence)) : null,
    isClaim && e.statement
      ? claimCard(
          { ...(e as Required<EntityT>), id: e.id, name: e.name, date: e.date ?? null, assessmentQuote: e.assessmentQuote ?? null, madeBy: e.madeBy ?? [] },
          open,
        )
      : null,
    e.kind === 'ATTACK'
      ? h(
          'section',
          { class: 'casualties' },
          h('h2', {}, 'Casualties'),
          casualtyLedger(e.casualtyReports ?? [], e.killedRange, e.woundedRange),
          e.perpetrators?.length
            ? h(
                'p',
                {},
                'Perpetrators: ',
                ...e.perpetrators.flatMap((p, i) => [
                  i ? ', ' : '',
                  h('a', { href: `?entity=${p.entity.id}`, onclick: (ev) => (ev.preventDefault(), open(p.entity.id)) }, p.entity.name),
                  ` (${p.attribution.toLowerCase()})`,
                ]),
              )
            : null,
        )
      : null,
    tenures.length ? leadershipTimeline(tenures, asOf, open, knownOnly) : null,
    relationshipList(e.id, edges, asOf, open),
    claims.length
      ? h('section', { class: 'claims' }, h('h2', {}, `Claims about ${e.name} (${claims.length})`), ...claims.map((c) => claimCard(c, open)))
      : null,
  );
}
