import { describe, expect, it } from 'vitest';
import { backoffDelay, decideRetry, parseRetryAfter, RETRY_WINDOW_MS } from './retry.js';

const now = new Date('2025-01-01T00:00:00Z');
const retryUntil = new Date(now.getTime() + RETRY_WINDOW_MS);
const opts = { now, retryUntil, baseMs: 1000, random: () => 0.5 };

describe('webhook retry policy', () => {
  it.each([
    [200, 'success'],
    [204, 'success'],
    [500, 'retry'],
    [503, 'retry'],
    [429, 'retry'],
    [null, 'retry'],
    [400, 'failed'],
    [404, 'failed'],
    [410, 'failed'],
    [301, 'failed'],
  ] as const)('status %s → %s', (statusCode, outcome) => {
    expect(decideRetry({ statusCode, retryAfter: null }, 1, opts).outcome).toBe(outcome);
  });

  it('backs off exponentially with equal jitter, capped at an hour', () => {
    expect(backoffDelay(1, 1000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, () => 1)).toBe(4000);
    expect(backoffDelay(30, 1000, () => 1)).toBe(3_600_000);
  });

  it('honours Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    const decision = decideRetry({ statusCode: 429, retryAfter: '7' }, 1, opts);
    expect(decision.retryAt).toEqual(new Date(now.getTime() + 7000));
  });

  it('gives up when the next try falls after the deadline', () => {
    const late = { ...opts, retryUntil: new Date(now.getTime() + 100) };
    expect(decideRetry({ statusCode: 500, retryAfter: null }, 1, late).outcome).toBe('failed');
  });
});
