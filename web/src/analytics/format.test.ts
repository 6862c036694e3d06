import { describe, expect, it } from 'vitest';
import { daysBefore, formatDuration, formatRate } from './format';

describe('analytics formatting', () => {
  it('formats durations in the largest sensible units', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(44.6)).toBe('45 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(7500)).toBe('2 h 5 min');
    expect(formatDuration(7200)).toBe('2 h');
  });

  it('formats rates and counts back days', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.5)).toMatch(/50/);
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});
