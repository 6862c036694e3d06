import { describe, expect, it } from 'vitest';
import { mixedNumbers } from './mixed-numbers.js';
import { findNumberMentions } from './numbers.js';

describe('mixedNumbers', () => {
  it.each<[string, number, string]>([
    ["she's 3 and a half, and", 3.5, '3 and a half'],
    ['two and a quarter years old', 2.25, 'two and a quarter'],
    ['seven and three quarters', 7.75, 'seven and three quarters'],
    ['twenty-two and a half', 22.5, 'twenty-two and a half'],
    ['more like 34 and a half thousand', 34500, '34 and a half thousand'],
    ['one and a half hours', 1.5, 'one and a half'],
  ])('%s → %d', (text, value, span) => expect(mixedNumbers(text)[0]).toMatchObject({ value, span }));

  it('marks a magnitude of money', () =>
    expect(mixedNumbers('2 and a half grand')[0]).toMatchObject({ value: 2500, money: true }));

  // guards: no fraction, or a fraction that does not join a number
  it.each([
    '3 and a quarters',
    'two and three half',
    'half past three',
    'three and a friend',
    'the 2nd and a half',
  ])('reads none in %j', (text) => expect(mixedNumbers(text)).toEqual([]));
});

describe('findNumberMentions with spoken fractions', () => {
  it.each<[string, Array<[number, boolean]>]>([
    [
      "she's 3 and a half, and she weighed about 24 pounds",
      [
        [3.5, false],
        [24, true],
      ],
    ],
    ['Nine and a half pounds.', [[9.5, true]]],
    ['34 and a half thousand', [[34500, false]]],
    ['fifty-three thousand odd', [[53000, false]]],
    ['two and a half', [[2.5, false]]],
    // guard: numbers joined by "and" without a fraction stay two
    [
      '3 and 4',
      [
        [3, false],
        [4, false],
      ],
    ],
  ])('%s', (text, expected) =>
    expect(findNumberMentions(text).map((n) => [n.value, n.money])).toEqual(expected),
  );
});
