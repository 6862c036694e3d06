import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { singleSelectField } from './single-select.js';
import { accepted, check, makeField, refused } from './testing.js';

const budgetOptions = [
  { value: 'under-5k', label: 'Under $5k', synonyms: ['small', 'tiny budget'] },
  { value: '5k-20k', label: '$5k–$20k' },
  { value: 'over-20k', label: 'Over $20k', synonyms: ['big', 'large'] },
];
const ALLOWED = 'must be one of: Under $5k, $5k–$20k, Over $20k';

describe('single_select', () => {
  const field = makeField('single_select', { options: budgetOptions });

  it.each([
    ['under-5k', 'under-5k'],
    ['UNDER-5K', 'under-5k'],
    ['Under $5k', 'under-5k'],
    ['  under   $5K ', 'under-5k'],
    ['$5k-$20k', '5k-20k'],
    ['Tiny Budget', 'under-5k'],
    ['large', 'over-20k'],
    [{ value: 'over-20k', label: 'whatever' }, 'over-20k'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    ['medium', ALLOWED],
    ['under', ALLOWED],
    [true, ALLOWED],
    [['under-5k'], ALLOWED],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('prefers an exact value, then a value, label or synonym match, in option order', () => {
    const f = makeField('single_select', {
      options: [
        { value: 'a', label: 'B' },
        { value: 'b', label: 'A', synonyms: ['a'] },
      ],
    });
    expect(check(f, 'a')).toEqual(accepted('a'));
    expect(check(f, 'b')).toEqual(accepted('b'));
    expect(check(f, 'A')).toEqual(accepted('a'));
  });

  it('matches numbers against numeric option values', () => {
    const f = makeField('single_select', { options: [{ value: '1', label: 'One' }] });
    expect(check(f, 1)).toEqual(accepted('1'));
  });

  it('refuses anything when there are no options', () => {
    expect(check(makeField('single_select'), 'x')).toEqual(refused('has no options to choose from'));
  });

  it('keeps its own message for unreadable input; custom_error replaces validation failures', () => {
    const f = makeField('single_select', {
      options: budgetOptions,
      validation: { custom_error: 'pick a budget' },
    });
    expect(check(f, 'zzz')).toEqual(refused(ALLOWED));
    expect(singleSelectField.validate('gone', f)).toEqual(['pick a budget']);
    expect(singleSelectField.validate('gone', field)).toEqual([ALLOWED]);
  });

  it('formats the label', () => {
    expect(formatFieldValue(field, '5k-20k')).toBe('$5k–$20k');
    expect(formatFieldValue(field, 'gone')).toBe('gone');
  });

  it('lists at most 12 labels', () => {
    const options = Array.from({ length: 14 }, (_, i) => ({ value: `v${i}`, label: `L${i}` }));
    const result = check(makeField('single_select', { options }), 'nope');
    expect(result).toEqual(
      refused(
        `must be one of: ${options
          .slice(0, 12)
          .map((o) => o.label)
          .join(', ')}, …`,
      ),
    );
  });
});
