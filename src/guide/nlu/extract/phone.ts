import {
  findNumbers,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import type { Field } from '../../../core/wizard/definition.js';
import { phoneAccepted } from '../../../core/wizard/field-types/phone.js';

/**
 * Phone extraction with libphonenumber-js: `findNumbers` over the utterance (spoken digit words turned into
 * digits first), then `parsePhoneNumberFromString` for a bare digit string. Values are E.164 ("+14155550123").
 */

/**
 * Whether digits read as a phone number are a date written with separators: "12-12-2003", "23/5/2001",
 * "14.11.2009" (day, month and a year of two or four digits). Such words are a date, never a phone.
 */
export function isWrittenDate(span: string): boolean {
  return /^\s*\d{1,2}([-/.])\d{1,2}\1(?:\d{2}|\d{4})\s*$/.test(span);
}

/** A number found: E.164 `value`, the `span` it was read from, and whether the field accepts it (`phoneAccepted`). */
export interface PhoneMatch {
  value: string;
  span: string;
  valid: boolean;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** "four one five" → "4 1 5"; "double five" → "5 5"; "plus" → "+". Other words are kept. */
function digitsFromWords(text: string): string {
  const spoken =
    /\b(?:(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|plus)\b[\s,-]*){4,}/gi;
  return text.replace(spoken, (run) => {
    const out: string[] = [];
    let repeat = 1;
    for (const w of run
      .toLowerCase()
      .split(/[\s,-]+/)
      .filter(Boolean)) {
      if (w === 'double') repeat = 2;
      else if (w === 'triple') repeat = 3;
      else if (w === 'plus') out.push('+');
      else {
        out.push((DIGIT_WORDS[w] ?? '').repeat(repeat));
        repeat = 1;
      }
    }
    return out.join('') + ' ';
  });
}

function asRegion(region: string | undefined): CountryCode | undefined {
  return region && /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined;
}

/** Country-code domains mostly used as generic ones ("app.io", "acme.ai"): they name no region. */
const GENERIC_COUNTRY_DOMAINS = new Set('IO AI CO ME TV FM LY GG TO SO WS CC SH AC IM LA'.split(' '));

/**
 * The regions named by the country-code top-level domains of the email and web addresses in `texts`
 * ("james@harrowgate.co.uk" → GB, "ngozi.com.ng" → NG; "uk" is GB), in order, without repeats. Generic
 * domains (".com") and country codes mostly used as generic ones (".io", ".ai", ".co", ".me", ".tv") name none. Used as further regions for a national number that is no number of the
 * default region.
 */
export function hintedRegions(texts: readonly string[]): CountryCode[] {
  const out = new Set<CountryCode>();
  for (const text of texts)
    for (const m of text.matchAll(/[a-z0-9-]+\.([a-z]{2})\b(?![.@-]?[a-z0-9])/gi)) {
      const code = m[1]!.toUpperCase() === 'UK' ? 'GB' : m[1]!.toUpperCase();
      if (isSupportedCountry(code) && !GENERIC_COUNTRY_DOMAINS.has(code)) out.add(code);
    }
  return [...out];
}

/**
 * Finds the first phone number in `utterance` for `region` (ISO 3166-1 alpha-2, used when no country code is
 * said); when none is valid there, the first valid in a region the utterance's addresses name (`hintedRegions`)
 * or in one of `hints` (ISO codes, e.g. of the addresses given earlier). Numbers in allocated ranges are preferred; any other of a possible length is returned with `valid`
 * telling whether `field` accepts it (`phoneAccepted`: lenient unless `settings.strict_validation`).
 */
export function findPhone(
  utterance: string,
  region: string,
  field: Pick<Field, 'settings'> = {},
  hints: readonly string[] = [],
): PhoneMatch | null {
  const text = digitsFromWords(utterance);
  const defaultCountry = asRegion(region);
  const found = findNumbers(text, { defaultCountry, v2: true });
  for (const f of found) {
    if (f.number.isValid())
      return { value: f.number.number, span: text.slice(f.startsAt, f.endsAt), valid: true };
  }
  const others = [
    ...new Set([...hintedRegions([utterance]), ...hints.flatMap((h) => asRegion(h) ?? [])]),
  ].filter((r) => r !== defaultCountry);
  for (const other of others) {
    const valid = findNumbers(text, { defaultCountry: other, v2: true }).find((f) => f.number.isValid());
    if (valid)
      return { value: valid.number.number, span: text.slice(valid.startsAt, valid.endsAt), valid: true };
  }
  const first = found[0];
  if (first)
    return {
      value: first.number.number,
      span: text.slice(first.startsAt, first.endsAt),
      valid: phoneAccepted(first.number, field),
    };
  // a run of digits with separators that findNumbers rejected (e.g. odd grouping, a range kept for fiction)
  const run = /\+?\d[\d\s().-]{6,}\d/.exec(text);
  if (run)
    for (const country of [defaultCountry, ...others]) {
      const parsed = parsePhoneNumberFromString(run[0], country);
      if (parsed && parsed.isPossible())
        return { value: parsed.number, span: run[0], valid: phoneAccepted(parsed, field) };
    }
  return null;
}
