import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

// The reference date is Tuesday 10 March 2026 (see testing.ts).
describe('date', () => {
  const field = makeField('date');

  it.each([
    ['2026-03-14', '2026-03-14'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2026-03-14T23:30:00Z', '2026-03-14'],
    ['2026-03-14T10:00:00+05:00', '2026-03-14'],
    [new Date(2026, 2, 14, 23, 59), '2026-03-14'],
    ['today', '2026-03-10'],
    ['tomorrow', '2026-03-11'],
    ['yesterday', '2026-03-09'],
    ['Friday', '2026-03-13'],
    ['next Friday', '2026-03-20'],
    ['March 3rd', '2026-03-03'],
    ['5th of May', '2026-05-05'],
    ['3 March 2027', '2027-03-03'],
    ['12/31/2025', '2025-12-31'],
    ['in two weeks', '2026-03-24'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    ['2025-02-30', 'is not a valid date'],
    ['2025-13-01', 'is not a valid date'],
    ['2025-02-29', 'is not a valid date'],
    ['Feb 30 2025', 'is not a valid date'],
    ['March', 'is not a valid date'],
    ['7pm', 'is not a valid date'],
    ['banana', 'is not a valid date'],
    [new Date('nope'), 'is not a valid date'],
    [20260314, 'is not a valid date'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('applies settings.min_date and max_date, inclusive', () => {
    const f = makeField('date', { settings: { min_date: '2026-01-01', max_date: '2026-12-31' } });
    expect(check(f, '2026-01-01')).toEqual(accepted('2026-01-01'));
    expect(check(f, '2026-12-31')).toEqual(accepted('2026-12-31'));
    expect(check(f, '2025-12-31')).toEqual(refused('must be on or after 1 January 2026'));
    expect(check(f, '2027-01-01')).toEqual(refused('must be on or before 31 December 2026'));
  });

  it('ignores malformed date settings and validation.min/max', () => {
    const f = makeField('date', { settings: { min_date: 'soon' }, validation: { min: 5 } });
    expect(check(f, '1999-01-01')).toEqual(accepted('1999-01-01'));
  });

  it('formats as "14 March 2026"', () => {
    expect(formatFieldValue(field, '2026-03-14')).toBe('14 March 2026');
  });
});
