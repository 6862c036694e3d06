import { describe, expect, it } from 'vitest';
import { quantities, quantityOption } from './quantity-option.js';
import { matchSingleOption } from './options.js';
import { field } from './test-helpers.js';

const formats = field('format', 'single_select', {
  opts: [
    ['lightning', 'Lightning talk (5 min)', 'short talk'],
    ['session', 'Session talk (30 min)', 'standard talk'],
    ['deep-dive', 'Deep dive (45 min)'],
    ['workshop', 'Hands-on workshop (2 hours)', 'workshop'],
  ],
});
const rooms = field('size', 'single_select', {
  opts: [
    ['s', 'Small (1 bedroom)'],
    ['m', 'Medium (2 bedrooms)'],
    ['l', 'Large (3 bedrooms)'],
  ],
});

describe('quantities with a unit', () => {
  it.each([
    ['30 min', [30, 'minute']],
    ['the 2 hour one', [120, 'minute']],
    ['half an hour', [30, 'minute']],
    ['an hour and a half', [90, 'minute']],
    ['forty-five minutes', [45, 'minute']],
    ['a 90-min slot', [90, 'minute']],
    ['30min', [30, 'minute']],
    ['2 bedrooms', [2, 'bedroom']],
  ])('%s → %j', (text, [value, unit]) => expect(quantities(text)[0]).toMatchObject({ value, unit }));

  it.each(['a cat', 'sixteen', 'two of them', 'seventeen'])('%s holds no quantity with a unit', (text) =>
    expect(quantities(text)).toEqual([]),
  );
});

describe('an option chosen by the quantity in its label', () => {
  it.each([
    ['standard 30 min talk', 'session'],
    ['make it a normal 30 minute talk', 'session'],
    ['the half hour one', 'session'],
    ['a 45-minute slot', 'deep-dive'],
    ['the two hour one', 'workshop'],
    ['120 minutes', 'workshop'],
    ['5 mins is plenty', 'lightning'],
  ])('%s → %s', (u, v) => expect(matchSingleOption(u, formats)?.option.value).toBe(v));

  it.each([
    ['the one with 2 bedrooms', 'm'],
    ['3 bedroom flat', 'l'],
  ])('%s → %s (other units)', (u, v) => expect(quantityOption(u, rooms.options!)?.option.value).toBe(v));

  it.each(['a 20 minute talk', 'about 3 hours', 'we have 2 dogs'])('%s names no option', (u) =>
    expect(quantityOption(u, formats.options!)).toBeNull(),
  );
});
