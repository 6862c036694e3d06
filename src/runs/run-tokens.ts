import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Run tokens: a run token is a capability for one run, handed to whoever starts it (a visitor's browser, an
 * MCP client). Only its sha256 is stored with the run.
 */

/** A fresh run token (`rt_` + 32 random bytes, base64url) and the sha256 hex stored in its place. */
export function newRunToken(): { token: string; hash: string } {
  const token = `rt_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashRunToken(token) };
}

/** sha256 (hex) of a run token. */
export function hashRunToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` is the run token whose hash is `hash` (constant-time; false when the run has none). */
export function runTokenMatches(token: string, hash: string | null): boolean {
  if (!hash) return false;
  const given = Buffer.from(hashRunToken(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
