import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { extractForField } from './for-field.js';
import { extractAll } from './all.js';
import { findOrdinal } from './ordinals.js';

/** Multi-select options said by a plural of a synonym, by a word of their own, and "no one". */
const shifts = field('shifts', 'multi_select', {
  label: 'Shifts you can work',
  opts: [
    ['mornings', 'Mornings', 'morning', 'breakfast', 'opening', 'early'],
    ['afternoons', 'Afternoons', 'afternoon', 'lunch', 'midday'],
    ['evenings', 'Evenings', 'evening', 'dinner', 'dinner service'],
    ['late-nights', 'Late nights', 'late night', 'late', 'closing', 'overnight'],
    ['weekends', 'Weekends', 'weekend', 'saturdays and sundays'],
  ],
});
const position = field('position', 'single_select', {
  opts: [
    ['line-cook', 'Line cook', 'line'],
    ['dishwasher', 'Dishwasher', 'dish', 'dishes'],
  ],
});

describe('shifts said by a plural of a synonym', () => {
  it.each([
    ['lunches and dinners mostly', ['afternoons', 'evenings']],
    ['breakfasts only', ['mornings']],
    ['mornings and afternoons, no weekends sorry', ['mornings', 'afternoons']],
  ])('%s → %o', (text, values) => {
    expect(extractForField(text, shifts, ctx)?.value).toEqual(values);
    expect(extractAll(text, [shifts], ctx)[0]?.value).toEqual(values);
  });

  it('guards: a plural says no other option, a word only near one says none', () => {
    expect(extractForField('I wash dishes', position, ctx)?.value).toBe('dishwasher');
    expect(extractAll('lately I have been busy', [shifts], ctx)).toEqual([]);
  });
});

describe('a part of a list that two options fit about equally adds neither', () => {
  it.each([
    ["I can start right after New Year's. mornings and afternoons", ['mornings', 'afternoons']],
    ['mornings, and late nigths', ['mornings', 'late-nights']],
  ])('%s → %o', (text, values) => expect(extractForField(text, shifts, ctx)?.value).toEqual(values));
  it('guard: a typo of "nights" still chooses late nights', () =>
    expect(extractForField('late nigths', shifts, ctx)?.value).toEqual(['late-nights']));
});

describe('"no one" is nobody, not the first option', () => {
  it.each([
    ['no one', null],
    ['no two ways about it', null],
    ['no. 2', 1],
    ['no 3', 2],
    ['number one', 0],
    ['option two', 1],
  ])('%s → %s', (text, index) => expect(findOrdinal(text, 5)?.index ?? null).toBe(index));

  it('"no one" chooses no shift', () => expect(extractForField('no one', shifts, ctx)).toBeNull());
});
