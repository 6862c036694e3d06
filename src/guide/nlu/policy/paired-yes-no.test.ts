import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { field } from '../extract/test-helpers.js';
import { pairedYesNo } from './paired-yes-no.js';

const auth = field('work_authorized', 'boolean', {
  label: 'Authorized to work in the US',
  description: 'Whether the applicant is legally authorized to work in the United States',
});
const card = field('food_handler_card', 'boolean', {
  label: 'Food handler card',
  description: 'Whether the applicant holds a current food handler card (ServSafe or similar)',
});
const expiry = field('food_handler_expiry', 'date', { label: 'Food handler card expiration date' });
const parking = field('needs_parking', 'boolean', { label: 'Needs parking' });
const first = field('first_time', 'boolean', { label: 'First time volunteering' });
const domain = 'Job application';

const read = (u: string, asked = [auth, card]) =>
  Object.fromEntries(pairedYesNo(u, asked, [auth, card, expiry, parking, first], domain));

describe('pairedYesNo: two yes/no questions answered clause by clause', () => {
  it.each<[string, Record<string, boolean>]>([
    ['yes and yes', { work_authorized: true, food_handler_card: true }],
    ['yes to both', { work_authorized: true, food_handler_card: true }],
    ['no to both', { work_authorized: false, food_handler_card: false }],
    ['neither', { work_authorized: false, food_handler_card: false }],
    ["yes I'm authorized, no food handler card", { work_authorized: true, food_handler_card: false }],
    [
      "yes I'm a citizen. no food handler card yet but I can get one",
      { work_authorized: true, food_handler_card: false },
    ],
    ['yes I have green card. Food card also yes', { work_authorized: true, food_handler_card: true }],
    ['yes I can work here, no food card', { work_authorized: true, food_handler_card: false }],
    ['no card, but yes I can work in the US', { work_authorized: true, food_handler_card: false }],
    [
      'I have a green card and I have a food handler card',
      { work_authorized: true, food_handler_card: true },
    ],
  ])('%s → %j', (u, expected) => expect(read(u)).toEqual(expected));

  it.each<[string, Record<string, boolean>]>([
    ["yes I need parking, and no it's not my first time", { needs_parking: true, first_time: false }],
    ['no, yes', { needs_parking: false, first_time: true }],
  ])('another wizard: %s → %j', (u, expected) => expect(read(u, [parking, first])).toEqual(expected));

  // guards: one answer for all is left to the other readers; one question asked; no yes or no at all
  it.each<[string, Field[]]>([
    ['yes', [auth, card]],
    ["yes I'm authorized", [auth, card]],
    ['yes, it expires 11/30/2027', [auth, card]],
    ['yes and yes', [card]],
    ['my cousin Luis Ortega works in your kitchen, he told me about it', [auth, card]],
  ])('%s → nothing', (u, asked) => expect(read(u, asked)).toEqual({}));
});
