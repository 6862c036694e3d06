import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { withoutSiblingMisfits } from './sibling-misfit.js';
import type { Candidate } from './plan.js';

const fields = [
  field('incident_date', 'date', { label: 'Date of the incident' }),
  field('visit_date', 'date', { label: 'Preferred visit date' }),
  field('return_date', 'date', { label: 'Return date' }),
  field('adults', 'number', { label: 'Adults' }),
  field('children', 'number', { label: 'Children' }),
  field('notes', 'textarea'),
  field('nickname', 'text', { label: 'Nickname' }),
];
const snapshot = {
  fields: [
    { name: 'incident_date', answered: true, provenance: { source: 'guide' } },
    { name: 'visit_date', answered: false },
    { name: 'return_date', answered: false },
    { name: 'adults', answered: true, provenance: { source: 'guide' } },
    { name: 'children', answered: false },
    { name: 'notes', answered: false },
    { name: 'nickname', answered: true, provenance: { source: 'guide' } },
  ],
} as unknown as RunSnapshot;
const said = (field: string, value: unknown): Candidate => ({
  field,
  value,
  confidence: 0.8,
  extractor: 'test',
});

describe('withoutSiblingMisfits', () => {
  it.each([
    // a day the asked date refused moves no other date, answered or open
    ['visit_date', 'yesterday', [said('incident_date', '2026-12-06')], []],
    ['incident_date', 'on 20 March 2027', [said('visit_date', '2027-03-20')], []],
    ['children', 'four', [said('adults', 4)], []],
    // guards: the other field named, a correction, the asked field took a value too, other types, text asked
    [
      'visit_date',
      'the incident date was yesterday',
      [said('incident_date', '2026-12-06')],
      ['incident_date'],
    ],
    ['visit_date', 'actually the 2nd', [said('incident_date', '2026-12-02')], ['incident_date']],
    [
      'visit_date',
      'out on the 9th and back on the 12th',
      [said('visit_date', '2026-12-09'), said('return_date', '2026-12-12')],
      ['visit_date', 'return_date'],
    ],
    ['visit_date', 'next Tuesday, gate code 1234', [said('notes', 'gate code 1234')], ['notes']],
    ['notes', 'call me Bo', [said('nickname', 'Bo')], ['nickname']],
    ['children', 'two adults now', [said('adults', 2)], ['adults']],
  ] as const)('asked %s, %s keeps %j', (asked, utterance, found, kept) => {
    expect(withoutSiblingMisfits([...found], fields, snapshot, asked, utterance).map((c) => c.field)).toEqual(
      kept,
    );
  });
});
