import type { LookupAddress } from 'node:dns';
import { describe, expect, it, vi } from 'vitest';
import { postJson } from '../../src/webhooks/http.js';
import { decideRetry, RETRY_WINDOW_MS } from '../../src/webhooks/retry.js';
import { assertPublicHost, BlockedAddressError, isPublicAddress } from '../../src/webhooks/ssrf.js';

/** `internal.example` resolves to a private address; every other name fails to resolve (no network here). */
vi.mock('node:dns', async (importOriginal) => {
  const dns = await importOriginal<typeof import('node:dns')>();
  const lookup = (
    hostname: string,
    _options: unknown,
    callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
  ) => {
    if (hostname === 'internal.example') return callback(null, [{ address: '10.0.0.7', family: 4 }]);
    callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  };
  return { ...dns, lookup, default: { ...dns, lookup } };
});

describe('SSRF guard edge cases', () => {
  it.each(['::7f00:1', '::a00:1', '::a9fe:a9fe', '::c0a8:101', '::5db8:d822'])(
    'counts the IPv4-compatible IPv6 address %s as not public',
    (address) => {
      expect(isPublicAddress(address)).toBe(false);
      expect(() => assertPublicHost(new URL(`http://[${address}]/hook`))).toThrow(BlockedAddressError);
    },
  );

  it('refuses an IPv4-compatible literal written with a dotted quad (the URL parser makes it hex)', () => {
    expect(() => assertPublicHost(new URL('http://[::93.184.216.34]/hook'))).toThrow(BlockedAddressError);
  });

  it('refuses localhost with a trailing dot, in any case', () => {
    for (const host of ['localhost.', 'LOCALHOST.', 'api.localhost.', 'localhost..'])
      expect(() => assertPublicHost(new URL(`http://${host}/hook`)), host).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('https://hooks.example.com./x'))).not.toThrow();
  });
});

describe('refused webhook requests', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const options = { now, retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS), baseMs: 1000 };
  const post = (url: string) => postJson(url, '{}', {}, { timeoutMs: 2000, allowPrivate: false });

  it('fail at once, not retried for 24 h, when the host is a blocked literal or name', async () => {
    for (const url of ['http://localhost./hook', 'http://[::7f00:1]/hook', 'http://127.0.0.1/hook']) {
      const attempt = await post(url);
      expect(attempt.statusCode, url).toBeNull();
      expect(attempt.refused, url).toBe(true);
      expect(decideRetry(attempt, 1, options).outcome, url).toBe('failed');
    }
  });

  it('fail at once when the name resolves to a private address at connection time', async () => {
    const attempt = await post('http://internal.example/hook');
    expect(attempt.error).toContain('10.0.0.7');
    expect(attempt.refused).toBe(true);
    expect(decideRetry(attempt, 1, options).outcome).toBe('failed');
  });

  it('are still retried when the network fails', async () => {
    const attempt = await post('http://unresolvable.example/hook');
    expect(attempt.refused).toBeFalsy();
    expect(decideRetry(attempt, 1, options).outcome).toBe('retry');
  });
});
