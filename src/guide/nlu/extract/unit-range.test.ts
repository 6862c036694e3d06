import { describe, expect, it } from 'vitest';
import { matchSingleOption } from './options.js';
import { extractAll } from './all.js';
import { ctx, field } from './test-helpers.js';

const experience = field('experience', 'single_select', {
  opts: [
    ['none', 'None', 'no experience', 'first job'],
    ['under-1-year', 'Less than a year', 'a few months'],
    ['1-3-years', '1–3 years', 'a couple of years'],
    ['over-3-years', 'More than 3 years', 'over three years', 'years', 'heaps'],
  ],
});

const commute = field('commute', 'single_select', {
  opts: [
    ['short', 'Under 5 km'],
    ['medium', '5–20 km'],
    ['long', 'Over 20 km'],
  ],
});

const group = field('group_size', 'single_select', {
  opts: [
    ['small', '1–4 people'],
    ['medium', '5–10 people'],
    ['large', 'More than 10 people'],
  ],
});

describe('a number with a unit picks the range option that holds it', () => {
  it.each<[string, typeof experience, string]>([
    ['bit over 2 years', experience, '1-3-years'],
    ['2 years as a barista at a little place in Fitzroy', experience, '1-3-years'],
    ['heaps, like 5 years', experience, 'over-3-years'],
    ['about 8 months waitressing', experience, 'under-1-year'],
    ['18 mths at a pub', experience, '1-3-years'],
    ['a year and a half', experience, '1-3-years'],
    ['1 year and half', experience, '1-3-years'],
    ['just under a year', experience, 'under-1-year'],
    ['over 3 yrs', experience, 'over-3-years'],
    ['6 weeks of work experience', experience, 'under-1-year'],
    ['about 12 km each way', commute, 'medium'],
    ['a bit over 20 kilometres', commute, 'long'],
    ['only 3 km', commute, 'short'],
    ['we are 7 people', group, 'medium'],
  ])('%s', (utterance, f, expected) => {
    expect(matchSingleOption(utterance, f)?.option.value).toBe(expected);
  });
});

describe('a number in a unit the range options do not take picks none of them', () => {
  it.each<[string, typeof experience]>([
    ['25 hrs/wk', experience],
    ['36 hours', experience],
    ['3 minutes', commute],
  ])('%s', (utterance, f) => {
    expect(matchSingleOption(utterance, f)?.option.value).toBeUndefined();
  });
});

describe('range options still read as before (must not change)', () => {
  it.each<[string, string]>([
    ['heaps', 'over-3-years'],
    ['none, this is my first job', 'none'],
    ['a couple of years', '1-3-years'],
    ['2', '1-3-years'],
  ])('%s', (utterance, expected) => {
    expect(matchSingleOption(utterance, experience)?.option.value).toBe(expected);
  });
});

describe('unasked, a number with the unit of range options fills them over an option word', () => {
  const hours = field('hours_per_week', 'number', { label: 'Hours per week' });
  it.each<[string, Record<string, unknown>]>([
    ['barista, 2 years at a cafe in Fitzroy', { experience: '1-3-years' }],
    ["I've done about 8 months waitressing", { experience: 'under-1-year' }],
    ['25 hrs/wk', { hours_per_week: 25 }],
  ])('%s', (utterance, expected) => {
    const got = Object.fromEntries(
      extractAll(utterance, [experience, hours], ctx).map((c) => [c.field, c.value]),
    );
    expect(got).toMatchObject(expected);
    if (!('experience' in expected)) expect(got).not.toHaveProperty('experience');
  });
});

const contents = field('contents_value', 'single_select', {
  opts: [
    ['up-to-30k', 'Up to £30,000'],
    ['30k-50k', '£30,000 to £50,000'],
    ['50k-75k', '£50,000 to £75,000'],
    ['over-75k', 'Over £75,000'],
  ],
});

describe('an end of the scale of range options', () => {
  it.each<[string, string]>([
    ['The top one, we have a fair amount of antiques.', 'over-75k'],
    ['the highest band please', 'over-75k'],
    ['lowest one, we rent furnished', 'up-to-30k'],
    ['the first one', 'up-to-30k'],
    ['the last one', 'over-75k'],
  ])('%s → %s', (utterance, expected) => {
    expect(matchSingleOption(utterance, contents)?.option.value).toBe(expected);
  });
});
