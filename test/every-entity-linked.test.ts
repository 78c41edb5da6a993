// Issue 10: no entity is out of reach of traversal without a reason. Every entity has a relationship, or its
// note says why it has none ("No relationship: …"). Sources are the exception: evidence points at them by id.
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from './helpers.js';

const db = testDatabase();
afterAll(() => db.close());

describe('every entity is linked or says why not', () => {
  it('has a relationship, or a note that explains its absence', async () => {
    const r = await db.read(`MATCH (n:Entity)
      WHERE NOT n:Source AND NOT EXISTS { (n)--(:Entity) } AND NOT coalesce(n.note, '') CONTAINS 'No relationship:'
      RETURN n.id AS id ORDER BY id`);
    expect(r.records.map((x) => x.get('id'))).toEqual([]);
  });

  it('the entities without relationships are the few the text mentions only in passing', async () => {
    const r = await db.read('MATCH (n:Entity) WHERE NOT n:Source AND NOT EXISTS { (n)--(:Entity) } RETURN count(n) AS c');
    expect(r.records[0]!.get('c')).toBeLessThanOrEqual(8);
  });

  it('the October 2014 TTP pledge and Osama bin Laden are now reachable', async () => {
    const r = await db.read(`MATCH (n:Entity) WHERE n.id IN ['event/2014-10-ttp-pledge-to-baghdadi', 'person/osama-bin-laden', 'place/russia', 'place/europe']
      RETURN n.id AS id, COUNT { (n)--(:Entity) } AS links ORDER BY id`);
    expect(r.records.map((x) => [x.get('id'), x.get('links') > 0])).toEqual([
      ['event/2014-10-ttp-pledge-to-baghdadi', true],
      ['person/osama-bin-laden', true],
      ['place/europe', true],
      ['place/russia', true],
    ]);
  });
});
