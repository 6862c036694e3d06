import type { HttpAttempt } from './http.js';

/**
 * The retry policy of webhook deliveries. A 2xx answer succeeds. Network errors, timeouts, 5xx and 429 are
 * retried with exponential backoff and "equal jitter" (the delay before retry n is d/2 + random·d/2 with
 * d = base·2^(n−1), capped at one hour; see "Exponential Backoff And Jitter", AWS Architecture Blog, 2015),
 * or after the receiver's Retry-After when it gives one, until the series' deadline (24 h after it started).
 * Every other answer (3xx, other 4xx) fails the delivery at once, and so does a request refused before it was
 * sent (an invalid URL, a blocked address: see ssrf.ts).
 */

/** How long a series of attempts may go on. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The longest wait between two attempts (Retry-After included). */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

export type AttemptOutcome = 'success' | 'retry' | 'failed';

export interface RetryDecision {
  outcome: AttemptOutcome;
  /** When to try again (outcome `retry`). */
  retryAt?: Date;
}

/** True for answers worth retrying: no answer (network error or timeout, not a refused request), 429 and 5xx. */
export function isRetryable(attempt: Pick<HttpAttempt, 'statusCode' | 'refused'>): boolean {
  const status = attempt.statusCode;
  if (attempt.refused) return false;
  return status === null || status === 429 || status >= 500;
}

/**
 * Parses a Retry-After header (delta seconds or an HTTP date) into ms from `now`, or null when absent or
 * unreadable. Negative values become 0.
 */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}

/** The backoff before retry `n` (n ≥ 1: the wait after attempt n), in ms, with jitter from `random()`. */
export function backoffDelay(n: number, baseMs: number, random: () => number = Math.random): number {
  const d = Math.min(baseMs * 2 ** Math.max(0, n - 1), MAX_RETRY_DELAY_MS);
  return Math.round(d / 2 + random() * (d / 2));
}

/**
 * Decides what follows attempt number `attempt` of a series whose deadline is `retryUntil`: success,
 * a retry at a time, or failure (not retryable, or the next try would fall after the deadline).
 */
export function decideRetry(
  result: Pick<HttpAttempt, 'statusCode' | 'retryAfter' | 'refused'>,
  attempt: number,
  options: { now: Date; retryUntil: Date; baseMs: number; random?: () => number },
): RetryDecision {
  const status = result.statusCode;
  if (status !== null && status >= 200 && status < 300) return { outcome: 'success' };
  if (!isRetryable(result)) return { outcome: 'failed' };
  const asked = parseRetryAfter(result.retryAfter, options.now);
  const delay =
    asked !== null
      ? Math.min(asked, MAX_RETRY_DELAY_MS)
      : backoffDelay(attempt, options.baseMs, options.random);
  const retryAt = new Date(options.now.getTime() + delay);
  if (retryAt.getTime() > options.retryUntil.getTime()) return { outcome: 'failed' };
  return { outcome: 'retry', retryAt };
}
