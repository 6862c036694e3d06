import { describe, expect, it } from 'vitest';
import { bareHour } from './bare-hour.js';
import { extractForField } from './for-field.js';
import { ctx, field } from './test-helpers.js';

describe('bareHour', () => {
  it.each([
    ['morning if possible, around 10?', '10:00'],
    ['around 10', '10:00'],
    ['10 if possible', '10:00'],
    ['afternoon, about 3', '15:00'],
    ['ideally 2:30', '14:30'],
    ['maybe 9', '09:00'],
    ['evening, say 7', '19:00'],
    ['3', '15:00'],
  ])('%s → %s', (u, v) => expect(bareHour(u)?.time).toBe(v));
  it.each(['10 people', 'around 10 guests', 'about 3 bedrooms', 'the 10th', 'room 12b'])(
    '"%s" is no hour',
    (u) => expect(bareHour(u)).toBeNull(),
  );
});

describe('a time field asked takes a bare hour', () => {
  const time = field('arrival_time', 'time');
  it.each([
    ['morning if possible, around 10?', '10:00'],
    ['I think around 8', '08:00'],
    ['at half past nine', '09:30'],
  ])('%s → %s', (u, v) => expect(extractForField(u, time, ctx)?.value).toBe(v));
  it('a date with a number is no hour', () => expect(extractForField('March 10', time, ctx)).toBeNull());
});
