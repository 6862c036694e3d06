import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { holdsMoney, moneyPeriod } from './money-field.js';
import { moneyAnswer, moneyMentions } from './money-said.js';
import { fieldUnit } from './field-unit.js';
import { extractForField } from './for-field.js';
import { extractAll } from './all.js';

const pay = field('desired_pay', 'number', {
  label: 'Desired hourly pay (USD)',
  description: "The hourly wage you're looking for, in US dollars, before tips",
  extraction_hints: ['dollars per hour, e.g. $18 or 22.50'],
  validation: { min: 7.25, max: 100 },
});
const years = field('years_experience', 'number', {
  label: 'Years of restaurant experience',
  settings: { integer: true },
  extraction_hints: ['a whole number of years; 0 if none'],
  validation: { min: 0, max: 60 },
});
const rent = field('rent', 'number', { label: 'Monthly rent', description: 'in euros' });
const age = field('age', 'number', { label: 'Age (years)' });
const weight = field('weight', 'number', { label: 'Weight', description: 'in pounds' });
const guests = field('guests', 'number', { label: 'Number of guests' });

describe('fields that hold money, and per what', () => {
  it.each([
    [pay, true, 'hour'],
    [rent, true, 'month'],
    [field('budget', 'number'), true, null],
    [field('salary', 'number', { label: 'Annual salary' }), true, 'year'],
    // guards: no money
    [years, false, null],
    [age, false, null],
    [weight, false, null],
    [guests, false, null],
    [field('hours', 'number', { label: 'Hours per week' }), false, null],
  ])('%#: %o', (f, money, per) => {
    expect(holdsMoney(f)).toBe(money);
    expect(moneyPeriod(f)?.name ?? null).toBe(per);
  });

  it('a money field counted per hour is measured in money, not in hours', () => {
    expect(fieldUnit(pay)).toBeNull();
    expect(fieldUnit(years)?.name).toBe('year');
  });
});

describe('amounts of money said', () => {
  it.each([
    ['$21/hr', 21, 'hour'],
    ['17/hr', 17, 'hour'],
    ['around 18 an hour', 18, 'hour'],
    ['twenty dollar per hour', 20, 'hour'],
    ['eighteen bucks an hour would be great', 18, 'hour'],
    ['nineteen fifty an hour', 19.5, 'hour'],
    ['twelve seventy-five per hour', 12.75, 'hour'],
    ['$15 p/h + tips', 15, 'hour'],
    ['18 hourly', 18, 'hour'],
    ['about $20', 20, null],
    ['$800 a week', 800, 'week'],
  ])('%s → %d per %s', (text, value, per) => {
    const [m] = moneyMentions(text);
    expect(m?.value).toBe(value);
    expect(m?.per?.name ?? null).toBe(per);
  });

  it.each(['6 yrs', '4', 'a couple years', 'twenty years', '2 hours a day', 'the 3 of us', 'nineteen fifty'])(
    '%s → no amount',
    (text) => expect(moneyMentions(text)).toEqual([]),
  );

  it('an amount per another unit than the field counts in is no answer', () =>
    expect(moneyAnswer('$800 a week', pay)).toBeNull());
});

describe('a money field and the numbers beside it', () => {
  it.each([
    ['6 yrs, want $21/hr', 6, 21],
    ['1 year hosting at a hotel restaurant, 17/hr', 1, 17],
    ['3 years, $15/hr + tips', 3, 15],
    ['ten years in kitchens, hoping for nineteen fifty an hour', 10, 19.5],
    ['a couple years, eighteen bucks an hour would be great', 2, 18],
    ['no experience, this would be my first job. like 16 an hour?', 0, 16],
    ['5 years, between 18 and 20 an hour', 5, 20],
  ])('%s → years %d, pay %d', (text, y, p) => {
    expect(extractForField(text, years, ctx)?.value).toBe(y);
    expect(extractForField(text, pay, ctx)?.value).toBe(p);
    const all = extractAll(text, [years, pay], ctx);
    expect(all.find((c) => c.field === 'desired_pay')?.value).toBe(p);
  });

  it.each([
    // a bare number answers the money field asked, but is not taken unasked
    ['24', 24, undefined],
    // years are no pay
    ['12 years', null, undefined],
  ])('%s → asked %o, unasked %o', (text, asked, unasked) => {
    expect(extractForField(text, pay, ctx)?.value ?? null).toBe(asked);
    expect(extractAll(text, [pay], ctx).find((c) => c.field === 'desired_pay')?.value).toBe(unasked);
  });

  it('the low end of a pay range is no count of years', () =>
    expect(extractForField('between 18 and 20 an hour', years, ctx)).toBeNull());

  it('guards: a weight in pounds, a count of guests and an age stay theirs', () => {
    expect(extractForField('about 24 pounds', weight, ctx)?.value).toBe(24);
    expect(extractForField('18 guests', guests, ctx)?.value).toBe(18);
    expect(extractForField('she is 3 years old', age, ctx)?.value).toBe(3);
    expect(extractAll('$21/hr', [guests], ctx)).toEqual([]);
  });
});
