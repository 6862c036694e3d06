import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';
import { extractAll } from './all.js';
import { extractForField } from './for-field.js';
import { ctx, field } from './test-helpers.js';

const ref = ctx.referenceDate; // Friday 2019-03-01

describe('date ranges and durations', () => {
  it.each<[string, Array<[string, boolean]>]>([
    ['I want to stay 5 days.', []],
    ['I need the room for 3 days.', []],
    ['a week from now', [['2019-03-08', false]]],
    ['in 5 days', [['2019-03-06', false]]],
    ['until the 11th of March', [['2019-03-11', true]]],
    ["I'll need it till Friday next week.", [['2019-03-08', true]]],
    [
      'from the 9th until 12th of March',
      [
        ['2019-03-09', false],
        ['2019-03-12', true],
      ],
    ],
    [
      'pick up March 12th and drop off March 13th',
      [
        ['2019-03-12', false],
        ['2019-03-13', true],
      ],
    ],
    [
      'from March 3rd to March 5th',
      [
        ['2019-03-03', false],
        ['2019-03-05', true],
      ],
    ],
    ['change it to Friday', [['2019-03-01', false]]],
  ])('%s', (u, expected) => {
    expect(findDateTimes(u, ref).map((m) => [m.date, Boolean(m.rangeEnd)])).toEqual(expected);
  });
});

const rental = [field('pickup_date', 'date'), field('dropoff_date', 'date'), field('pickup_city', 'text')];

describe('start and end date fields', () => {
  it.each<[string, Record<string, string>]>([
    ['I need a rental car until 3rd of March', { dropoff_date: '2019-03-03' }],
    [
      "I'll need it from Monday next week until the 7th of March.",
      { pickup_date: '2019-03-04', dropoff_date: '2019-03-07' },
    ],
    [
      'pick it up March 12th and drop it off March 13th',
      { pickup_date: '2019-03-12', dropoff_date: '2019-03-13' },
    ],
    ['from the 9th until 12th of March', { pickup_date: '2019-03-09', dropoff_date: '2019-03-12' }],
  ])('unasked: %s', (u, expected) => {
    const got = Object.fromEntries(
      extractAll(u, rental, ctx)
        .filter((c) => c.field.endsWith('date'))
        .map((c) => [c.field, c.value]),
    );
    expect(got).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['dropoff_date', 'from Monday until the 7th of March', '2019-03-07'],
    ['pickup_date', 'from Monday until the 7th of March', '2019-03-04'],
    ['dropoff_date', 'the 11th', '2019-03-11'],
  ])('asked %s: %s → %s', (name, u, value) => {
    expect(
      extractForField(
        u,
        rental.find((f) => f.name === name)!,
        ctx,
      )?.value,
    ).toBe(value);
  });
});

const hotel = [
  field('check_in_date', 'date'),
  field('number_of_days', 'text', { description: 'Number of days in the reservation' }),
  field('price_per_night', 'text', { description: 'Price per night for the reservation' }),
];
const bank = [
  field('account_balance', 'text', { description: 'The balance in the specified account' }),
  field('transfer_amount', 'text', { description: 'The amount of money to transfer' }),
];

describe('quantities for free-text fields', () => {
  it.each<[string, Record<string, unknown>]>([
    ['I need the room for 3 days.', { number_of_days: '3' }],
    [
      'make the reservation for 4 days with a check in date on the 1st of March',
      { number_of_days: '4', check_in_date: '2019-03-01' },
    ],
    ['I will be staying there for three days', { number_of_days: '3' }],
    ['I want a room for 3 people', {}],
  ])('%s', (u, expected) => {
    expect(Object.fromEntries(extractAll(u, hotel, ctx).map((c) => [c.field, c.value]))).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ['Please transfer 1,800 bucks.', { transfer_amount: '1800' }],
    ['Transfer 1,030 dollars to Justin.', { transfer_amount: '1030' }],
    ['I have 3 friends', {}],
  ])('%s', (u, expected) => {
    expect(Object.fromEntries(extractAll(u, bank, ctx).map((c) => [c.field, c.value]))).toEqual(expected);
  });

  it('reads a count asked for as the number', () => {
    expect(extractForField('only one day.', hotel[1]!, ctx)?.value).toBe('1');
  });
});
