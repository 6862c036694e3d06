import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import type { Field } from '../definition.js';
import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, ok, stringRules, stringSetting, withCustomError } from './rules.js';

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * `phone`: a telephone number. Canonical value: E.164 ("+12025550143").
 *
 * Parsed by libphonenumber-js (Google libphonenumber's rules, default "min" metadata) in the region
 * `settings.default_region` or else the run's `ctx.defaultRegion` (ISO 3166-1 alpha-2), so national
 * numbers ("(202) 555-0143" in US) and international ones ("+44 20 7946 0958", "tel:+1-202-…") both work;
 * a number (not a string) is read as its digits. The number must have a possible length for its country
 * (`isPossible()`); with `settings.strict_validation: true` it must also lie in a range the metadata knows
 * as allocated (`isValid()`). The lenient default follows libphonenumber's own advice for user input: its
 * metadata lags newly allocated ranges, and a refused real number loses the lead, so only the length is
 * enforced unless the author asks for more.
 * Errors: "is empty", "is not a valid phone number". Rules: `min_length`, `max_length`, `pattern` on the
 * E.164 string, `custom_error`. `format` gives the international format ("+1 202 555 0143").
 */
/**
 * Whether a parsed number is accepted for `field`: a possible length for its country, and an allocated
 * range too when `settings.strict_validation` is true (see `phoneField`).
 */
export function phoneAccepted(parsed: PhoneNumber, field: Pick<Field, 'settings'>): boolean {
  return field.settings?.['strict_validation'] === true ? parsed.isValid() : parsed.isPossible();
}

export const phoneField: FieldTypeModule<string> = {
  type: 'phone',
  valueSchema: z.string().regex(E164),
  normalise(raw, field, ctx) {
    if (raw === undefined || raw === null) return fail(EMPTY_MESSAGE);
    let text: string;
    if (typeof raw === 'string') text = raw.trim();
    else if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) text = String(raw);
    else return fail('is not a valid phone number');
    if (text === '') return fail(EMPTY_MESSAGE);
    const region = (stringSetting(field, 'default_region') ?? ctx.defaultRegion).toUpperCase() as CountryCode;
    try {
      const parsed = parsePhoneNumberFromString(text, { defaultCountry: region });
      if (!parsed || !phoneAccepted(parsed, field)) return fail('is not a valid phone number');
      return ok(parsed.number);
    } catch {
      return fail('is not a valid phone number');
    }
  },
  validate(value, field) {
    return withCustomError(stringRules(value, field.validation), field);
  },
  format(value) {
    try {
      return parsePhoneNumberFromString(value)?.formatInternational() ?? value;
    } catch {
      return value;
    }
  },
};
