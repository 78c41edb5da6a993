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
    expect(edgeSentence(edge('FREED_IN', entity('Person', 'Aslam Farooqi'), prison))).toBe(
      'Aslam Farooqi was freed in the Jalalabad prison attack on 2 August 2020.',
    );
    expect(edgeSentence(edge('PERPETRATED', iskp, prison, { attribution: 'attributed' }))).toBe(
      'IS-KP carried out the Jalalabad prison attack on 2 August 2020 (attributed).',
    );
    expect(edgeSentence(edge('TARGETED', entity('Event', 'Arrest of Aslam Farooqi'), entity('Person', 'Aslam Farooqi'), { validFrom: '2020-04' }))).toBe(
      'The arrest of Aslam Farooqi targeted Aslam Farooqi in April 2020.',
    );
  });

  it('give an author the verb authored, never made (issue 11)', () => {
    const e = edge('AUTHORED', entity('Person', 'Robin Cook'), entity('Publication', 'Purported 2005 article by Robin Cook'));
    expect(edgeSentence(e)).toBe('Robin Cook authored Purported 2005 article by Robin Cook.');
  });
});
