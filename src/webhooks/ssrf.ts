import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Server-side request forgery guard for outbound webhook requests: only public unicast addresses are
 * reachable (ipaddr.js classifies the ranges: private, loopback, link-local, unique-local, carrier-grade
 * NAT, multicast, reserved, IPv4-mapped …). The check runs on the addresses DNS returns at connection time
 * (the `lookup` of the socket), so a name that resolves to a private address, or a DNS answer that changes
 * between a check and the connection, is refused too.
 */

/** Thrown (or passed to the socket) when a webhook URL points at an address it may not reach. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(
      `${host} resolves to ${address}, a private or reserved address; set GUIDEPOST_WEBHOOK_ALLOW_PRIVATE=true to allow it`,
    );
    this.name = 'BlockedAddressError';
  }
}

/**
 * True when `address` (IPv4 or IPv6 text) is a public unicast address. IPv4-mapped IPv6 counts as its IPv4;
 * IPv4-compatible IPv6 (`::a.b.c.d`, deprecated by RFC 4291) is never public.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6' && parsed.match(ipaddr.parseCIDR('::/96'))) return false;
  return parsed.range() === 'unicast';
}

/**
 * Checks a URL's host without resolving it: literal IP addresses must be public and `localhost` (and its
 * subdomains, with or without a trailing dot) is refused.
 * Names are checked again, resolved, when a request connects (see guardedLookup). Throws BlockedAddressError.
 */
export function assertPublicHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '');
  if (/^localhost$|\.localhost$/i.test(host)) throw new BlockedAddressError(host, 'loopback');
  if (isIP(host) && !isPublicAddress(host)) throw new BlockedAddressError(host, host);
}

/** A `lookup` for http.request that resolves like dns.lookup and fails with BlockedAddressError on any non-public answer. */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const blocked = addresses.find((a) => !isPublicAddress(a.address));
    if (blocked) return callback(new BlockedAddressError(hostname, blocked.address), '', 0);
    if ((options as LookupOptions).all) return (callback as unknown as AllCallback)(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
};

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;
