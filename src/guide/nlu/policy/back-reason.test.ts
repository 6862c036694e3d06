import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { backReason } from './back-reason.js';

const fields = [
  field('company', 'text', { label: 'Company' }),
  field('budget', 'single_select', { label: 'Budget' }),
  field('event_date', 'date', { label: 'Event date' }),
  field('personality', 'text', { label: 'Personality' }),
  field('timeline', 'text', { label: 'Timeline' }),
];
const snapshot = {
  fields: [
    { name: 'company', answered: true },
    { name: 'budget', answered: true },
    { name: 'event_date', answered: true },
    { name: 'personality', answered: true },
    { name: 'timeline', answered: false },
  ],
} as unknown as RunSnapshot;

describe('backReasonField', () => {
  it.each([
    ['go back a sec, I want to change the budget', 'budget'],
    ["wait, go back, that date's wrong", 'event_date'],
    ['go back please, I gave the wrong company', 'company'],
    ['hmm before that, can we go back? i want to tweak the personality', 'personality'],
    ['go back — the budget is off', 'budget'],
    ['go back a second, the company should be Meridian Health Partners LLP', 'company'],
  ])('%s → %s', (u, name) => expect(backReason(u, fields, snapshot)?.field.name).toBe(name));

  it('keeps the reason, which may give the new value', () =>
    expect(backReason('go back a second, the company should be Acme LLP', fields, snapshot)?.reason).toBe(
      'the company should be Acme LLP',
    ));

  it.each([
    'go back', // no reason
    'hmm, go back please',
    'go back, I made a mistake', // the reason names no field
    'go back, I want to change the timeline', // the named field is not answered yet
    'the budget is fine, go back', // the field is named before the step back
    'I want to change the budget', // no step back
  ])('guard — %s names no field', (u) => expect(backReason(u, fields, snapshot)).toBeUndefined());
});
