import { describe, expect, it } from 'vitest';
import { extractAll } from './all.js';
import { plainestField } from './field-ties.js';
import { ctx, field } from './test-helpers.js';

const accounts = (name: string) =>
  field(name, 'single_select', {
    opts: [
      ['checking', 'checking'],
      ['savings', 'savings'],
    ],
  });

describe('plainestField', () => {
  it.each([
    [['account_type', 'recipient_account_type'], 'account_type'],
    [['alarm_name', 'new_alarm_name'], 'alarm_name'],
    [['origin_city', 'origin_airport_name'], null],
    [['city_of_event', 'event_location'], null],
  ])('%o → %s', (names, expected) => {
    expect(plainestField(names.map((n) => field(n, 'text')))?.name ?? null).toBe(expected);
  });
});

describe('extractAll: values several fields claim equally', () => {
  const flights = [
    field('origin_city', 'text'),
    field('destination_city', 'text'),
    field('origin_airport_name', 'text'),
    field('destination_airport_name', 'text'),
  ];
  it.each([
    [
      'check my savings account',
      [accounts('account_type'), accounts('recipient_account_type')],
      { account_type: 'savings' },
    ],
    ["I'd like to fly from London", flights, { origin_city: 'London' }],
    ['flying out from Heathrow Airport', flights, { origin_airport_name: 'Heathrow Airport' }],
  ])('%j', (utterance, fields, expected) => {
    const got = Object.fromEntries(extractAll(utterance, fields, ctx).map((c) => [c.field, c.value]));
    expect(got).toEqual(expected);
  });
});
