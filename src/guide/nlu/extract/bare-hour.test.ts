import { describe, expect, it } from 'vitest';
import { bareHour } from './bare-hour.js';
import { extractAll } from './all.js';
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
    // beside a day, the day's own words are no hour
    ['found it friday morning, dec 11th, around 7. at home', '07:00'],
    ['Saturday the 9th, about 3', '15:00'],
  ])('%s → %s', (u, v) => expect(extractForField(u, time, ctx)?.value).toBe(v));
  it.each(['March 10', '10 March', 'on the 12th, for about 10 people'])('"%s" is no hour', (u) =>
    expect(extractForField(u, time, ctx)).toBeNull(),
  );
});

describe('an hour said bare beside a day, unasked', () => {
  const fields = [field('incident_date', 'date'), field('incident_time', 'time')];
  const timeOf = (u: string) =>
    extractAll(u, fields, ctx).find((c) => c.field === 'incident_time')?.value ?? null;
  it.each([
    ['found it friday morning, dec 11th, around 7. at home', '07:00'],
    ['March 3rd, about 4', '16:00'],
    // guards: a lone number beside a day, no day said, a time said already
    ['Saturday the 9th, 3 please', null],
    ['around 7', null],
    ['March 3rd at 9am, around 7 of us', '09:00'],
  ])('%s → %s', (u, want) => expect(timeOf(u)).toBe(want));
});
