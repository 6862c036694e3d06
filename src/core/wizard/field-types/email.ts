import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, ok, stringRules, withCustomError } from './rules.js';

/**
 * WHATWG HTML "valid e-mail address" (https://html.spec.whatwg.org/#valid-e-mail-address), the rule browsers
 * apply to `<input type=email>`, narrowed further in {@link isEmailAddress}.
 */
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * Whether a string is a deliverable-looking address: the WHATWG rule, plus a dotted domain whose last label
 * has at least two letters, a local part without leading, trailing or doubled dots, and at most 254
 * characters (RFC 5321).
 */
export function isEmailAddress(address: string): boolean {
  if (address.length > 254 || !WHATWG_EMAIL.test(address)) return false;
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return /\.[a-zA-Z]{2,}$/.test(domain);
}

/**
 * `email`: an e-mail address. Canonical value: the trimmed address with its domain lowercased (the local
 * part keeps its case: RFC 5321 lets servers treat it as case-sensitive).
 *
 * Accepts surrounding whitespace, angle brackets ("<ann@example.com>") and a `mailto:` prefix (its
 * `?subject=…` query is dropped). Spoken forms ("ann at example dot com") are the guide's job, not this one.
 * Errors: "is empty", "is not a valid email address". Rules: `min_length`, `max_length`, `pattern`
 * (e.g. a company domain), `custom_error`.
 */
export const emailField: FieldTypeModule<string> = {
  type: 'email',
  valueSchema: z.string().min(3),
  normalise(raw) {
    if (raw === undefined || raw === null) return fail(EMPTY_MESSAGE);
    if (typeof raw !== 'string') return fail('is not a valid email address');
    let text = raw.trim();
    if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
    if (/^mailto:/i.test(text)) text = text.slice('mailto:'.length).split('?')[0]!.trim();
    if (text === '') return fail(EMPTY_MESSAGE);
    if (!isEmailAddress(text)) return fail('is not a valid email address');
    const at = text.lastIndexOf('@');
    return ok(`${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`);
  },
  validate(value, field) {
    return withCustomError(stringRules(value, field.validation), field);
  },
  format(value) {
    return value;
  },
};
