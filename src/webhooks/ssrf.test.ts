import { describe, expect, it } from 'vitest';
import { assertPublicHost, BlockedAddressError, guardedLookup, isPublicAddress } from './ssrf.js';

describe('SSRF guard', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::7f00:1', false],
    ['::10.0.0.1', false],
    ['::', false],
    ['::5db8:d822', false],
    ['224.0.0.1', false],
    ['93.184.216.34', true],
    ['2606:4700:4700::1111', true],
    ['not an ip', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('refuses literal private hosts and localhost, not public names', () => {
    expect(() => assertPublicHost(new URL('http://127.0.0.1:8080/x'))).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('http://[::1]/x'))).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('http://localhost/x'))).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('http://localhost./x'))).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('http://api.localhost../x'))).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('http://[::7f00:1]/x'))).toThrow(BlockedAddressError);
    expect(() => assertPublicHost(new URL('https://hooks.example.com/x'))).not.toThrow();
  });

  it('fails a lookup that resolves to a private address', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      guardedLookup('localhost', {}, (err) => resolve(err)),
    );
    expect(error).toBeInstanceOf(BlockedAddressError);
  });
});
