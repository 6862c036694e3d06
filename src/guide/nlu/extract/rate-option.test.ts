import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { rateMentions, rateOption } from './rate-option.js';
import { extractForField } from './for-field.js';
import { extractAll } from './all.js';

const visits = field('visits', 'single_select', {
  opts: [
    ['single', 'Just the once', 'once', 'one time'],
    ['weekly', 'Every week'],
    ['biweekly', 'Twice a month'],
    ['monthly', 'Monthly', 'every four weeks'],
    ['quarterly', 'Quarterly'],
  ],
});
const colours = field('colour', 'single_select', {
  opts: [
    ['red', 'Red'],
    ['blue', 'Blue'],
  ],
});

describe('rates read as their period in days', () => {
  it.each([
    ['weekly', 7],
    ['once a fortnight', 14],
    ['every 2 weeks', 14],
    ['every other week', 14],
    ['twice a month', 15],
    ['three times a year', 120],
    ['each quarter', 90],
    ['once every three months', 90],
    ['annually', 360],
  ])('%s → %d days', (text, days) => expect(rateMentions(text).map((r) => r.days)).toEqual([days]));

  it.each(['once', 'a week ago', 'the month of May', 'every one of them'])('%s → no rate', (text) =>
    expect(rateMentions(text)).toEqual([]),
  );
});

describe('a rate chooses the option of its period', () => {
  it.each([
    ['once a week is plenty', 'weekly'],
    ['i reckon every seven days', 'weekly'],
    ['come round twice a month', 'biweekly'],
    ['once every 4 weeks', 'monthly'],
    ['hmm, every three months I guess', 'quarterly'],
    ['every five weeks', undefined],
    ['quarterly is fine', 'quarterly'],
    ['every month', 'monthly'],
  ])('%s → %s', (utterance, value) =>
    expect(rateOption(utterance, visits.options!)?.option.value).toBe(value),
  );

  it.each([
    // an option word inside a rate ("once") does not choose its option
    ['once a month would be ideal', 'monthly'],
    ['can you do it once every fortnight? no, make that twice a month', 'biweekly'],
    // no rate: the option words choose as before
    ['just the once please', 'single'],
    ['one time only', 'single'],
  ])('asked: %s → %s', (utterance, value) =>
    expect(extractForField(utterance, visits, ctx)?.value).toBe(value),
  );

  it('fills the field of rates from an open answer, not a field without them', () => {
    const found = extractAll('red, and once a month', [visits, colours], ctx);
    expect(found.find((c) => c.field === 'visits')?.value).toBe('monthly');
    expect(found.find((c) => c.field === 'colour')?.value).toBe('red');
  });
});
