import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { outOfRangeDate } from './out-of-range-date.js';

const ctx = { referenceDate: new Date(2026, 11, 7, 12), defaultRegion: 'US' }; // Monday 7 December 2026

const incident = { name: 'incident_date', label: 'Date of the incident', type: 'date' } as Field;
const birth = { name: 'date_of_birth', label: 'Date of birth', type: 'date' } as Field;
const visit = { name: 'visit_date', label: 'Preferred visit date', type: 'date' } as Field;
const plain = { name: 'date', label: 'Date', type: 'date' } as Field;
const note = { name: 'notes', label: 'Notes', type: 'text' } as Field;

describe('outOfRangeDate', () => {
  it.each([
    [incident, 'it happened on 2026-12-11', { date: '2026-12-11', side: 'ahead' }],
    [incident, 'december 20th 2026', { date: '2026-12-20', side: 'ahead' }],
    [birth, 'born 3 March 2031', { date: '2031-03-03', side: 'ahead' }],
    [visit, 'yesterday would have been good', { date: '2026-12-06', side: 'behind' }],
    // guards: a day the field takes, one of several that fits, no day said, no date field
    [incident, 'last Friday', null],
    [incident, 'on the 4th', null],
    [incident, 'not the 20th 2026, it was 2 December', null],
    [birth, '3 March 1990', null],
    [visit, 'next Tuesday', null],
    [plain, 'yesterday', null],
    [incident, 'I am not sure', null],
    [note, 'on 2026-12-11', null],
  ])('%o %s → %j', (field, text, want) => expect(outOfRangeDate(field, text, ctx)).toEqual(want));
});
