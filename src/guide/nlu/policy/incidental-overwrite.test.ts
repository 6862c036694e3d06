import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { withoutIncidentalOverwrites } from './incidental-overwrite.js';
import type { Candidate } from './plan.js';

const fields = [
  field('date_of_birth', 'date', { label: 'Date of birth' }),
  field('preferred_time', 'time', { label: 'Preferred time' }),
  field('notes', 'textarea'),
  field('plan', 'single_select', { opts: [['basic', 'Basic']] }),
];
const snapshot = {
  fields: [
    { name: 'date_of_birth', answered: true, provenance: { source: 'guide' } },
    { name: 'preferred_time', answered: true, provenance: { source: 'form' } },
    { name: 'notes', answered: false },
    { name: 'plan', answered: true, provenance: { source: 'default' } },
  ],
} as unknown as RunSnapshot;
const said = (field: string, value: unknown): Candidate => ({
  field,
  value,
  confidence: 0.8,
  extractor: 'test',
});

describe('withoutIncidentalOverwrites', () => {
  it.each([
    [
      'Ok, I understand, 24 hours before.',
      [said('date_of_birth', '2026-12-05'), said('preferred_time', '12:00')],
      [],
    ],
    ['fine, the notes: I use a wheelchair', [said('notes', 'I use a wheelchair')], ['notes']],
    ['ok, and the preferred time should be 11am', [said('preferred_time', '11:00')], ['preferred_time']],
    ['sure. actually 11am works better', [said('preferred_time', '11:00')], ['preferred_time']],
    ['understood, basic is fine', [said('plan', 'basic')], ['plan']],
  ] as const)('%s keeps %j', (utterance, found, kept) => {
    expect(withoutIncidentalOverwrites([...found], utterance, fields, snapshot).map((c) => c.field)).toEqual(
      kept,
    );
  });
});
