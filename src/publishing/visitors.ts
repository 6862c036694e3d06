import { randomUUID } from 'node:crypto';

/**
 * First-party visitor ids: a random UUID kept by the visitor's browser for the Guidepost origin (the
 * `guidepost_vid` cookie, SameSite=Lax, set only on top-level public pages) or, inside an embed, by the host
 * page in its own localStorage and passed to the iframe as `?vid=`. No third-party cookie is ever set.
 */

/** The cookie that keeps a visitor's id on Guidepost's own origin. */
export const VISITOR_COOKIE = 'guidepost_vid';
/** How long the visitor cookie lives, in seconds (a year). */
export const VISITOR_COOKIE_MAX_AGE = 365 * 24 * 3600;

const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** Whether `value` is a well-formed visitor id (16–64 URL-safe characters). */
export function isVisitorId(value: unknown): value is string {
  return typeof value === 'string' && VISITOR_ID.test(value);
}

/** The first well-formed id among `candidates`, else a new random one (`fresh` says which). */
export function visitorIdOf(...candidates: unknown[]): { id: string; fresh: boolean } {
  const given = candidates.find(isVisitorId);
  return given ? { id: given, fresh: false } : { id: randomUUID(), fresh: true };
}

/** The UTC calendar day of `at` (YYYY-MM-DD), the unit of "once per visitor per day". */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
