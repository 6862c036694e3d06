import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { keepMonthOfDay } from './day-only.js';

const fields = [field('move_date', 'date'), field('rooms', 'number')];
const snap = (values: Record<string, unknown>) => ({ values }) as unknown as RunSnapshot;
const cand = (span: string, value: string) => ({
  field: 'move_date',
  value,
  confidence: 0.8,
  extractor: 'chrono',
  span,
});

describe('a lone day changes the day of the current date', () => {
  it.each([
    ['the 31st', '2026-12-31', { move_date: '2027-01-30' }, '2027-01-31'],
    ['on the 3rd', '2026-12-03', { move_date: '2027-05-20' }, '2027-05-03'],
    // a month said, or no value yet: the reading stands
    ['December 31st', '2026-12-31', { move_date: '2027-01-30' }, '2026-12-31'],
    ['the 31st', '2026-12-31', {}, '2026-12-31'],
    // a day the month lacks: the reading stands
    ['the 31st', '2026-12-31', { move_date: '2027-02-10' }, '2026-12-31'],
  ])('%s (read %s) with %j → %s', (span, read, values, want) =>
    expect(keepMonthOfDay([cand(span, read)], fields, snap(values))[0]!.value).toBe(want),
  );
});
