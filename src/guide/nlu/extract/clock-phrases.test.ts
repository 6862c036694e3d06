import { describe, expect, it } from 'vitest';
import { clockPhrasesToDigits } from './clock-phrases.js';
import { extractForField } from './for-field.js';
import { FieldSchema } from '../../../core/wizard/definition.js';

describe('clockPhrasesToDigits', () => {
  it.each([
    ['half seven', '7:30'],
    ['Half-nine please', '9:30 please'],
    ['half 8ish', '8:30'],
    ['about half sevenish', 'about 7:30'],
    ['half past six', '6:30'],
    ['half-past 11', '11:30'],
    ['a quarter past nine', '9:15'],
    ['quarter to eight', '7:45'],
    ['quarter-to-8', '7:45'],
    ['quarter til one', '12:45'],
    ['twenty past seven', '7:20'],
    ['25 minutes past 4', '4:25'],
    ['twenty-five to ten', '9:35'],
    ['ten to seven', '6:50'],
    ['at five to nine', 'at 8:55'],
    // ranges, durations and shares stay as they are
    ['five to ten people', 'five to ten people'],
    ['5 to 10 of us', '5 to 10 of us'],
    ['half an hour', 'half an hour'],
    ['half the guests', 'half the guests'],
    ['half past', 'half past'],
    // two hours in digits are a stretch of hours, unless "at" or "by" asks a moment
    ['from 9 to 5', 'from 9 to 5'],
    ['open 10 to 4 most days', 'open 10 to 4 most days'],
    ['between 11 to 3', 'between 11 to 3'],
    ['at 10 to 5', 'at 4:50'],
    ['20 to 8', '7:40'],
    ['10 minutes to 5', '4:50'],
  ])('%s → %s', (said, rewritten) => expect(clockPhrasesToDigits(said)).toBe(rewritten));
});

/** The same am/pm as the digits said after "at" (1–6 read as pm, 7–12 as am), unless a part of the day is said. */
describe('a time field reads hours said relative to the hour like "at H:MM"', () => {
  const field = FieldSchema.parse({ name: 'start_time', label: 'Start time', type: 'time', required: true });
  const ctx = { referenceDate: new Date('2027-03-01T12:00:00'), defaultRegion: 'GB' };
  const read = (said: string) => extractForField(said, field, ctx)?.value;
  it.each([
    ['half seven', 'at 7:30', '07:30'],
    ['half past six', 'at 6:30', '18:30'],
    ['quarter to eight', 'at 7:45', '07:45'],
    ['we kick off at twenty past five', 'at 5:20', '17:20'],
    ['half seven in the evening', 'at 7:30 in the evening', '19:30'],
    ['ten to eight pm', 'at 7:50 pm', '19:50'],
    ['7.30', 'at 7:30', '07:30'],
  ])('%s (like %s) → %s', (said, digits, time) => {
    expect(read(said)).toBe(time);
    expect(read(digits)).toBe(time);
  });
});
