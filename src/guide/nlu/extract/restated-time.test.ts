import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';

const ref = new Date(2026, 11, 7);
const times = (s: string) => findDateTimes(s, ref).map((m) => [m.time, m.guessedMeridiem]);

describe('withRestatedMeridiem (through findDateTimes)', () => {
  it.each([
    [
      'doors at 7, so 7pm',
      [
        ['19:00', false],
        ['19:00', false],
      ],
    ],
    [
      'at 8 — 8 in the evening',
      [
        ['20:00', false],
        ['20:00', false],
      ],
    ],
    [
      'at 10, so 10am',
      [
        ['10:00', false],
        ['10:00', false],
      ],
    ],
    // GUARD: another hour, a denied restatement, or one mention only
    [
      'at 7 or 8pm',
      [
        ['07:00', true],
        ['20:00', false],
      ],
    ],
    [
      'at 7 and dinner at 9pm',
      [
        ['07:00', true],
        ['21:00', false],
      ],
    ],
    [
      'at 7, not 7pm',
      [
        ['07:00', true],
        ['19:00', false],
      ],
    ],
    ['at 7', [['07:00', true]]],
    ['at 3', [['15:00', true]]],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });
});
