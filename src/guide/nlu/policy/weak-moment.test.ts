import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { countsFromNow, isWeakMomentOverwrite } from './weak-moment.js';
import type { Candidate } from './plan.js';

describe('countsFromNow', () => {
  it.each(['a couple of hours a week', 'half day', 'half and', 'in 2 hours', 'a week', 'in about a week'])(
    '%s counts from now',
    (span) => expect(countsFromNow(span)).toBe(true),
  );
  it.each([
    '18th of September 2027',
    'next Friday',
    'at 3:30pm',
    "2 o'clock",
    'tomorrow',
    '13/11/2027',
    'the 22 of next month at 19:00',
    'Christmas Eve',
  ])('guard — %s names a day or an hour', (span) => expect(countsFromNow(span)).toBe(false));
});

const fields = [
  field('wedding_date', 'date', { label: 'Wedding date' }),
  field('ceremony_time', 'time', { label: 'Ceremony start time' }),
  field('guest_count', 'number', { label: 'Number of guests' }),
];
const snapshot = {
  fields: [
    { name: 'wedding_date', answered: true, value: '2027-10-02', provenance: { source: 'guide' } },
    { name: 'ceremony_time', answered: true, value: '14:00', provenance: { source: 'guide' } },
    { name: 'guest_count', answered: false },
  ],
} as unknown as RunSnapshot;
const said = (name: string, value: string, span: string): Candidate => ({
  field: name,
  value,
  confidence: 0.85,
  extractor: 'chrono',
  span,
});

describe('isWeakMomentOverwrite', () => {
  it.each([
    ['four hours is plenty', said('ceremony_time', '13:00', 'four hours'), 'guest_count', true],
    ['two and a half grand', said('ceremony_time', '21:00', 'half and'), undefined, true],
    [
      'a couple of hours a week',
      said('wedding_date', '2026-12-14', 'a couple of hours a week'),
      undefined,
      true,
    ],
    // guards: a day named, the field asked or named, a correction, an empty field
    ['actually the 3rd of October', said('wedding_date', '2027-10-03', '3rd of October'), undefined, false],
    ['in two weeks', said('wedding_date', '2026-12-21', 'in two weeks'), 'wedding_date', false],
    ['the wedding date is in a week', said('wedding_date', '2026-12-14', 'in a week'), undefined, false],
    ['oh wait, make it in 2 hours', said('ceremony_time', '11:00', 'in 2 hours'), undefined, false],
  ] as const)('%s: weak overwrite %s', (utterance, c, asked, weak) =>
    expect(isWeakMomentOverwrite(c, fields, snapshot, asked, utterance)).toBe(weak),
  );
  it('guard — an open date takes a day counted from now', () =>
    expect(
      isWeakMomentOverwrite(
        said('wedding_date', '2026-12-14', 'in a week'),
        fields,
        { fields: [{ name: 'wedding_date', answered: false }] } as unknown as RunSnapshot,
        undefined,
        'in a week',
      ),
    ).toBe(false));
});
