import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { isWhenForName, isWhenOnly } from './when-only.js';

describe('isWhenOnly: a value of date and time words only', () => {
  it.each([
    'Saturday at half one',
    'the 18th of September',
    'next Friday morning',
    '2pm',
    'quarter past two',
    'Sunday',
    "4 o'clock",
  ])('%s is a date or a time', (v) => expect(isWhenOnly(v)).toBe(true));
  it.each([
    'Hartwell Barn',
    'Saturday Market Hall',
    'The Foundry, Sheffield',
    'St Mary Church at noon',
    '42',
    'the old mill',
    '',
  ])('%s is not', (v) => expect(isWhenOnly(v)).toBe(false));
});

describe('isWhenForName: only for fields that hold a name or a place', () => {
  const venue = field('venue', 'text', { label: 'Venue and town' });
  const month = field('engagement_month', 'text', { label: 'Preferred month for the shoot' });
  const partner = field('partner_name', 'text', { label: "Your partner's name" });
  it.each([
    [venue, 'Saturday at half one', true],
    [partner, 'Sunday afternoon', true],
    [venue, 'Hartwell Barn', false],
    [month, 'May', false],
    [month, 'early spring', false],
  ])('%#', (f, v, yes) => expect(isWhenForName(v, f)).toBe(yes));
});
