import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, ok, stringRules, withCustomError } from './rules.js';

const INVALID = 'is not a valid web address';

/** A scheme such as "https:" or "mailto:"; "example.com:8080" is a host and port, not a scheme. */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

function hasPlausibleHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  if (hostname.startsWith('[')) return true; // IPv6 literal, already checked by URL
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname)) return true; // URL normalises IPv4
  const labels = hostname.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((l) => l !== '') && /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(tld);
}

/**
 * `url`: a web address. Canonical value: an absolute http or https URL as serialised by the WHATWG `URL`
 * class (lowercased scheme and host, punycode host, "/" path when none: "https://example.com/").
 *
 * A value without a scheme gets "https://" ("example.com/x" → "https://example.com/x"; "//cdn.example.com"
 * too). Other schemes (mailto:, javascript:, ftp:) fail with "must be a web address starting with http:// or
 * https://"; a host that is not localhost, an IP address or a dotted name with a top-level domain of two
 * letters or more fails with "is not a valid web address".
 * Rules: `min_length`, `max_length`, `pattern` on the canonical URL, `custom_error`.
 */
export const urlField: FieldTypeModule<string> = {
  type: 'url',
  valueSchema: z.string().regex(/^https?:\/\//),
  normalise(raw) {
    if (raw === undefined || raw === null) return fail(EMPTY_MESSAGE);
    if (typeof raw !== 'string') return fail(INVALID);
    let text = raw.trim();
    if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
    if (text === '') return fail(EMPTY_MESSAGE);
    if (/\s/.test(text)) return fail(INVALID);
    if (text.startsWith('//')) text = `https:${text}`;
    const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
    if (scheme === undefined) text = `https://${text}`;
    else if (scheme !== 'http' && scheme !== 'https')
      return fail('must be a web address starting with http:// or https://');
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return fail(INVALID);
    }
    if (!hasPlausibleHost(url.hostname)) return fail(INVALID);
    return ok(url.href);
  },
  validate(value, field) {
    return withCustomError(stringRules(value, field.validation), field);
  },
  format(value) {
    return value;
  },
};
