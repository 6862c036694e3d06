import { describe, expect, it } from 'vitest';
import { extractAll, questionRanges } from './all.js';
import { ctx, field } from './test-helpers.js';

describe('questionRanges', () => {
  it.each<[string, string[]]>([
    ['do you have room around Christmas? I need Christmas Eve', ['do you have room around Christmas?']],
    ['is the 22nd free? ok', ['is the 22nd free?']],
    // a request put as a question asks for its value: no question range
    ["can we do Tuesday the 22nd instead? Saturday's market day", []],
    ['could you book it for Friday?', []],
  ])('%s', (text, questions) => {
    expect(questionRanges(text).map(([a, b]) => text.slice(a, b).trim())).toEqual(questions);
  });
});

describe('extractAll: a day asked about beside a day stated', () => {
  const day = field('preferred_date', 'date');
  it.each([
    ["can we do Tuesday the 5th instead? Saturday's market day", '2019-03-05'],
    // GUARD: a day only asked about yields to the day stated
    ['do you have anything on the 5th? I need Saturday', '2019-03-02'],
  ])('%s → %s', (text, date) => {
    expect(extractAll(text, [day], ctx).find((c) => c.field === 'preferred_date')?.value).toBe(date);
  });
});
