import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';
import { extractAll } from './all.js';
import { extractForField } from './for-field.js';
import { ctx, field } from './test-helpers.js';

const ref = ctx.referenceDate; // Friday 2019-03-01
const rough = (u: string) => findDateTimes(u, ref).map((m) => Boolean(m.approximate));

describe('weekdays said as the days someone is free', () => {
  it.each([
    ['Saturday and Sunday only', [true, true]],
    ['I can on tuesday, thursday and saturday', [true, true, true]],
    ['monday tuesday and wednesday', [true, true, true]],
    ['Monday or Wednesday suits', [true, true]],
    ['every Tuesday', [true]],
    ['each other Monday', [true]],
  ])('%s: rough %j', (u, flags) => expect(rough(u)).toEqual(flags));

  it.each([
    ['Tuesday at 3', [false]],
    ['Monday to Friday', [false, false]],
    ['Monday the 4th or Tuesday the 5th', [false, false]],
    ['next Friday', [false]],
  ])('guard — %s: rough %j', (u, flags) => expect(rough(u)).toEqual(flags));
});

describe('an exact date said with a list of weekdays is the start', () => {
  const start = field('start_date', 'date', { label: 'Earliest start date' });
  it.each([
    ['Saturday and Sunday only, 3 hours per week, from 6th February 2027', '2027-02-06'],
    ['I can on tuesday, thursday and saturday. Four hours for week. Start from 1 april 2027', '2027-04-01'],
    [
      'monday tuesday and wednesday, about three hours. start whenever, say the 11th of January 2027',
      '2027-01-11',
    ],
  ])('%s → %s', (u, v) => {
    expect(extractForField(u, start, ctx)?.value).toBe(v);
    expect(extractAll(u, [start], ctx).find((c) => c.field === 'start_date')?.value).toBe(v);
  });
  it('unasked, a list of weekdays alone dates nothing', () =>
    expect(extractAll('tuesday and thursday, a couple of hours', [start], ctx)).toEqual([]));
  it('asked, a list of weekdays alone still gives the first', () =>
    expect(extractForField('tuesday or thursday', start, ctx)?.value).toBe('2019-03-05'));
});
