// The files derived from the model are up to date, and the model's vocabulary is used consistently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generated } from '../src/cli/generate.js';
import { projectRoot } from '../src/local-neo4j/paths.js';
import { parsePartialDate } from '../src/model/dates.js';
import { searchKeys } from '../src/model/search-keys.js';

describe('derived files', () => {
  it.each(Object.entries(generated))('%s matches the model (run `npm run generate` after changing it)', (file, make) => {
    expect(readFileSync(path.join(projectRoot, file), 'utf8')).toBe(make());
  });
});

describe('partial dates', () => {
  it('spans the whole month or year the text means', () => {
    expect(parsePartialDate('2020-06')).toMatchObject({ precision: 'month', start: '2020-06-01', end: '2020-06-30' });
    expect(parsePartialDate('2024')).toMatchObject({ precision: 'year', start: '2024-01-01', end: '2024-12-31' });
    expect(parsePartialDate('2024-02-29')).toMatchObject({ precision: 'day' });
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('June 2020')).toBeUndefined();
  });
});

describe('search keys', () => {
  it('fold punctuation, case and accents', () => {
    expect(searchKeys(['IS-KP', 'IS KP', 'ISKP', 'Islamic State–Khorasan'])).toEqual(['iskp', 'islamicstatekhorasan']);
  });
});
