import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { keepHalfOfDay } from './time-half.js';

const fields = [field('incident_time', 'time'), field('rooms', 'number')];
const snap = (values: Record<string, unknown>) => ({ values }) as unknown as RunSnapshot;
const cand = (span: string, value: string) => ({
  field: 'incident_time',
  value,
  confidence: 0.9,
  extractor: 'chrono',
  span,
});

describe('a time corrected by its minutes keeps the half of the day given before', () => {
  it.each([
    ['11:15', '11:15', { incident_time: '23:45' }, '23:15'],
    ['6:30', '18:30', { incident_time: '06:45' }, '06:30'],
    ['12:10', '12:10', { incident_time: '00:40' }, '00:10'],
    // guards: the half said, a 24-hour writing, another hour, no value yet, the same half already
    ['11:15am', '11:15', { incident_time: '23:45' }, '11:15'],
    ['11:15 in the morning', '11:15', { incident_time: '23:45' }, '11:15'],
    ['09:30', '09:30', { incident_time: '21:00' }, '09:30'],
    ['2', '14:00', { incident_time: '09:00' }, '14:00'],
    ['11:15', '11:15', {}, '11:15'],
    ['11:15', '11:15', { incident_time: '11:45' }, '11:15'],
  ])('%s (read %s) with %j → %s', (span, read, values, want) =>
    expect(keepHalfOfDay([cand(span, read)], fields, snap(values))[0]!.value).toBe(want),
  );
});
