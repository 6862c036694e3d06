import { describe, expect, it } from 'vitest';
import { extractAll } from './index.js';
import { ctx, field, WEEK } from './test-helpers.js';
import { isBareWeekday } from './weekday-field.js';

/** A sign-up: the days someone is free (plain weekday labels, no synonyms), a start date, hours a week. */
const signup = [
  field('available_days', 'multi_select', {
    opts: WEEK,
  }),
  field('start_date', 'date'),
  field('hours_per_week', 'number'),
];
/** A single choice of a day: one day only. */
const preferred = [
  field('preferred_day', 'single_select', {
    opts: [
      ['1', 'Mon'],
      ['2', 'Tue'],
      ['3', 'Wed'],
      ['4', 'Thu'],
      ['5', 'Fri'],
    ],
  }),
];

const said = (u: string, fields = signup) =>
  Object.fromEntries(extractAll(u, fields, ctx).map((c) => [c.field, c.value]));

describe('days of the week said unasked, for the field whose options are weekdays', () => {
  it.each<[string, unknown]>([
    ['weekends mostly, maybe 4 hours a week', ['sat', 'sun']],
    ['weekdays, 10 hours a week', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ["I'm pretty flexible, any day except sunday", ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']],
    ['any weekday really but not fridays, couple of hours a week', ['mon', 'tue', 'wed', 'thu']],
    ['tuesdays and thursdays', ['tue', 'thu']],
    ['free Wednesdays and Sundays', ['wed', 'sun']],
    ['mon to wed', ['mon', 'tue', 'wed']],
    ['Tuesday and Thursday, from 1 March 2019', ['tue', 'thu']],
    // guards: the days of a date, and the whole week on its own, choose no days unasked
    ['I could start next monday', undefined],
    ['the first shift is Saturday 9 March 2019', undefined],
    ['I cook every day', undefined],
    ['any day now', undefined],
  ])('%s → %j', (u, days) => expect(said(u).available_days).toEqual(days));

  it('a bare weekday chosen as a day is no start date; the date said beside it is', () => {
    expect(said('any day except sunday, could start March 20th 2019')).toMatchObject({
      available_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      start_date: '2019-03-20',
    });
    expect(said('any day except sunday').start_date).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['thursdays suit me best', '4'],
    ['weekdays', undefined],
    ['tuesday or wednesday', undefined],
  ])('a single select takes one day only: %s → %j', (u, day) =>
    expect(said(u, preferred).preferred_day).toEqual(day),
  );
});

describe('isBareWeekday: a date mention that is only a weekday', () => {
  it.each<[string, boolean]>([
    ['Sunday', true],
    ['on Tuesdays', true],
    ['Thursday,', true],
    ['weds', true],
    ['next monday', false],
    ['Saturday 18 September 2027', false],
  ])('%s → %s', (span, bare) => expect(isBareWeekday({ span })).toBe(bare));
});

describe('a group of days with a time of day, said unasked, is days and no date', () => {
  it.each<[string, string[] | undefined]>([
    ['any weekday morning except Monday', ['tue', 'wed', 'thu', 'fri']],
    ['weekday evenings but not Friday', ['mon', 'tue', 'wed', 'thu']],
    ['weekend afternoons only', ['sat', 'sun']],
    ['any workday morning except Wednesday', ['mon', 'tue', 'thu', 'fri']],
    // guard rows: a weekday with a date or "next" is a date, not preferred days
    ['next Saturday morning', undefined],
    ['Saturday 18 September in the morning', undefined],
  ])('%s → %j', (u, days) => {
    expect(said(u).available_days).toEqual(days);
  });

  it.each<[string, boolean]>([
    ['weekday morning', true],
    ['weekends', true],
    ['workday evenings', true],
    ['next weekday morning', false],
    ['Saturday morning', false],
  ])('isBareWeekday(%s) → %s', (span, bare) => expect(isBareWeekday({ span })).toBe(bare));
});
