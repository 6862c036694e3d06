import { describe, expect, it } from 'vitest';
import { findEmail } from './email.js';
import { findUrl } from './url.js';
import { findPhone, hintedRegions } from './phone.js';

describe('findEmail', () => {
  it.each([
    ['my email is Jane.Doe@Example.COM thanks', 'Jane.Doe@example.com'],
    ['john dot smith at example dot com', 'john.smith@example.com'],
    ['it is jane underscore doe at gmail.com', 'jane_doe@gmail.com'],
    ['reach me at bob at acme dot co dot uk', 'bob@acme.co.uk'],
  ])('%s → %s', (u, v) => expect(findEmail(u)?.value).toBe(v));
  it.each(['I will be at home', 'meet me at noon'])('no email in %s', (u) => expect(findEmail(u)).toBeNull());
});

describe('findUrl', () => {
  it.each([
    ['our site is https://acme.io/pricing.', 'https://acme.io/pricing'],
    ['acme.io', 'acme.io'],
    ['check www.example.org', 'www.example.org'],
    ['it is acme dot io', 'acme.io'],
  ])('%s → %s', (u, v) => expect(findUrl(u)?.value).toBe(v));
  it.each(['mail jane@acme.io', 'I think so.', 'version 1.2'])('no url in %s', (u) =>
    expect(findUrl(u)).toBeNull(),
  );
});

describe('findPhone', () => {
  it.each([
    ['call me on 415 555 0123', 'US', '+14155550123'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['my number is 0207 946 0958', 'GB', '+442079460958'],
    ['four one five five five five zero one two three', 'US', '+14155550123'],
  ])('%s (%s) → %s', (u, r, v) => expect(findPhone(u, r)?.value).toBe(v));
  it('finds nothing in plain text', () => expect(findPhone('two people at 7 pm', 'US')).toBeNull());
  it.each<[string, string[], string | undefined]>([
    ["james@harrowgate.co.uk, mobile's 07700 900123", [], '+447700900123'],
    ["mobile's 07700 900123", ['GB'], '+447700900123'],
    ['0803 123 4567', ['NG'], '+2348031234567'],
    // the default region's reading wins over a hinted one
    ['call 415 555 0123', ['GB'], '+14155550123'],
    // no hint: a national UK number is no US number
    ["mobile's 07700 900123", [], undefined],
  ])('%j with hints %j → %s', (u, hints, v) => expect(findPhone(u, 'US', {}, hints)?.value).toBe(v));
});

describe('hintedRegions', () => {
  it('reads country-code domains of addresses, not generic ones', () =>
    expect(
      hintedRegions([
        'james@harrowgate.co.uk',
        'ngozi@mail.com.ng',
        'see acme.com',
        'app.io',
        'www.shop.ie/path',
        'e.g. this',
      ]),
    ).toEqual(['GB', 'NG', 'IE']));
});
