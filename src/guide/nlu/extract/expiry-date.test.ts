import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { isExpiryField, mentionsExpiry, saysExpiry } from './expiry-date.js';
import { extractForField } from './for-field.js';
import { extractAll } from './all.js';

const start = field('start_date', 'date', { label: 'Earliest start date' });
const expiry = field('food_handler_expiry', 'date', { label: 'Food handler card expiration date' });
const visit = field('visit_date', 'date', { label: 'Preferred visit date' });
const birth = field('dob', 'date', { label: 'Date of birth' });

describe('dates said as an expiry', () => {
  it.each([
    ['exp 08/31/2028', true],
    ['it expires 11/30/2027', true],
    ["it's good until 5/31/2028", true],
    ['valid thru 03/29', true],
    ['expiry date is 1 June 2027', true],
    // guards: no expiry
    ['I can start 12/14', false],
    ['until Friday', false],
    ['we stay from the 9th to the 12th', false],
  ])('%s → %s', (text, expected) => {
    expect(mentionsExpiry(text)).toBe(expected);
    const digit = text.search(/\d|friday/i);
    expect(saysExpiry(text, digit)).toBe(expected);
  });

  it.each([
    [expiry, true],
    [field('passport_expiry', 'date', { label: 'Passport expiry' }), true],
    [field('valid_until', 'date', { label: 'Valid until' }), true],
    [field('lease_end', 'date', { label: 'Lease end date' }), true],
    [start, false],
    [birth, false],
    [field('expiry_note', 'text', { label: 'Expiry note' }), false],
  ])('%# field about an expiry: %s', (f, expected) => expect(isExpiryField(f)).toBe(expected));
});

describe('an expiry goes to the date field it belongs to', () => {
  it.each([
    ['yes, it expires 11/30/2027', '2027-11-30'],
    ["I have one, it's good until 5/31/2028", '2028-05-31'],
    ['exp 08/31/2028', '2028-08-31'],
  ])('%s → expiry %s, no start date', (text, date) => {
    const all = extractAll(text, [start, expiry], ctx);
    expect(all.find((c) => c.field === 'food_handler_expiry')?.value).toBe(date);
    expect(all.find((c) => c.field === 'start_date')).toBeUndefined();
  });

  it('an expiry answers no other date asked', () => {
    expect(extractForField('yes I have one, it expires 10/20/2029', start, ctx)).toBeNull();
    expect(extractForField('it expires 10/20/2029', expiry, ctx)?.value).toBe('2029-10-20');
  });

  it('guards: other dates keep their fields', () => {
    expect(extractForField('I can start 12/14', start, ctx)?.value).toBe('2019-12-14');
    expect(extractAll('next Friday works', [visit, expiry], ctx).map((c) => c.field)).not.toContain(
      'food_handler_expiry',
    );
  });
});

describe('a date in digits without a year, said with its field’s words', () => {
  it.each([
    ['I can start 12/28, evenings and late nights', [start], 'start_date', '2019-12-28'],
    ['could start 12/10', [start, expiry], 'start_date', '2019-12-10'],
    ['exp 08/31', [start, expiry], 'food_handler_expiry', '2019-08-31'],
  ])('%s → %s %s', (text, fields, name, date) =>
    expect(extractAll(text, fields, ctx).find((c) => c.field === name)?.value).toBe(date),
  );

  it.each(['pain is like 5/10', 'I scored 7/10', 'rated it 4/5'])('%s → no date unasked', (text) =>
    expect(extractAll(text, [start, visit], ctx).filter((c) => c.extractor === 'chrono')).toEqual([]),
  );
});
