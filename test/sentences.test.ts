// Relationships read as plain English with their dates.
import { describe, expect, it } from 'vitest';
import type { EdgeObject, EntityObject } from '../src/graphql/records.js';
import { edgeSentence, readableDate } from '../src/graphql/sentences.js';

const entity = (label: string, name: string, extra: Record<string, unknown> = {}) =>
  ({ id: `${label.toLowerCase()}/x`, label, name, sourceIds: [], quotes: [], ...extra }) as unknown as EntityObject;
const edge = (type: string, from: EntityObject, to: EntityObject, extra: Record<string, unknown> = {}) =>
  ({ id: 'e', type, from, to, sourceIds: [], quotes: [], ...extra }) as unknown as EdgeObject;

describe('sentences', () => {
  it('write dates as the text gives them', () => {
    expect(readableDate('2020-06')).toBe('June 2020');
    expect(readableDate('2017-04-27')).toBe('27 April 2017');
    expect(readableDate('2015')).toBe('2015');
  });

  it('say what a designation was', () => {
    const e = edge('DESIGNATED', entity('Group', 'U.S. Department of State'), entity('Group', 'IS-KP'), {
      designationType: 'Foreign Terrorist Organization',
      validFrom: '2016-01-14',
    });
    expect(edgeSentence(e)).toBe('U.S. Department of State designated IS-KP as a Foreign Terrorist Organization on 14 January 2016.');
  });

  it('give tenures a span and events a moment', () => {
    const muhajir = entity('Person', 'Shahab al-Muhajir');
    const iskp = entity('Group', 'IS-KP');
    expect(edgeSentence(edge('LED', muhajir, iskp, { ordinal: 7, validFrom: '2020-06' }))).toBe(
      'Shahab al-Muhajir led IS-KP as its 7th leader from June 2020.',
    );
    const prison = entity('Attack', 'Jalalabad prison attack', { date: '2020-08-02' });
    // The attack's date is the attack's, not the edge's: an undated edge reads undated (issue 11).
    expect(edgeSentence(edge('FREED_IN', entity('Person', 'Aslam Farooqi'), prison, { confidence: 'high' }))).toBe(
      'Aslam Farooqi was freed in the Jalalabad prison attack.',
    );
    expect(edgeSentence(edge('PERPETRATED', iskp, prison, { attribution: 'attributed', confidence: 'high' }))).toBe(
      'IS-KP carried out the Jalalabad prison attack, according to the source’s attribution.',
    );
    expect(edgeSentence(edge('PERPETRATED', iskp, prison, { attribution: 'claimed', confidence: 'high' }))).toBe(
      'IS-KP claimed responsibility for the Jalalabad prison attack.',
    );
    expect(edgeSentence(edge('PERPETRATED', iskp, prison, { attribution: 'suspected', confidence: 'medium' }))).toBe(
      'IS-KP is reportedly suspected of carrying out the Jalalabad prison attack.',
    );
    expect(edgeSentence(edge('TARGETED', entity('Event', 'Arrest of Aslam Farooqi'), entity('Person', 'Aslam Farooqi'), { validFrom: '2020-04' }))).toBe(
      'The arrest of Aslam Farooqi targeted Aslam Farooqi in April 2020.',
    );
  });

  it('give an author the verb authored, never made, and keep a low confidence in words (issue 11)', () => {
    const e = edge('AUTHORED', entity('Person', 'Robin Cook'), entity('Publication', 'Purported 2005 article by Robin Cook'), { confidence: 'low' });
    expect(edgeSentence(e)).toBe('Robin Cook possibly authored Purported 2005 article by Robin Cook.');
  });

  it('put a medium confidence after the auxiliary, and say whose account an edge rests on', () => {
    const member = edge('MEMBER_OF', entity('Person', 'A'), entity('Group', 'B'), { confidence: 'medium' });
    expect(edgeSentence(member)).toBe('A was reportedly a member of B.');
    const kerman = entity('Attack', 'Kerman twin bombings', { date: '2024-01-03' });
    const shia = entity('Community', 'Shia Muslims');
    expect(edgeSentence(edge('TARGETED', kerman, shia, { confidence: 'low', accordingTo: 'the Islamic State’s claim' }))).toBe(
      'The Kerman twin bombings possibly targeted Shia Muslims, according to the Islamic State’s claim.',
    );
  });

  it('say how the text judges a claim, in its own word', () => {
    const claim = entity('Claim', 'US and Western intelligence support ISIS', { assessment: 'disinformation' });
    expect(edgeSentence(edge('MADE_CLAIM', entity('Group', 'Pro-Kremlin media'), claim, { confidence: 'high' }))).toBe(
      'Pro-Kremlin media made the claim “US and Western intelligence support ISIS”; the text calls this disinformation.',
    );
    expect(edgeSentence(edge('MADE_CLAIM', entity('Publication', 'IRNA report'), claim, { confidence: 'high' }))).toMatch(/^IRNA report carries the claim/);
  });
});
