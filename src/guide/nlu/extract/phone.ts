import { findNumbers, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Field } from '../../../core/wizard/definition.js';
import { phoneAccepted } from '../../../core/wizard/field-types/phone.js';

/**
 * Phone extraction with libphonenumber-js: `findNumbers` over the utterance (spoken digit words turned into
 * digits first), then `parsePhoneNumberFromString` for a bare digit string. Values are E.164 ("+14155550123").
 */

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

/**
 * Finds the first phone number in `utterance` for `region` (ISO 3166-1 alpha-2, used when no country code is
 * said). Numbers in allocated ranges are preferred; any other of a possible length is returned with `valid`
 * telling whether `field` accepts it (`phoneAccepted`: lenient unless `settings.strict_validation`).
 */
export function findPhone(
  utterance: string,
  region: string,
  field: Pick<Field, 'settings'> = {},
): PhoneMatch | null {
  const text = digitsFromWords(utterance);
  const defaultCountry = asRegion(region);
  const found = findNumbers(text, { defaultCountry, v2: true });
  for (const f of found) {
    if (f.number.isValid())
      return { value: f.number.number, span: text.slice(f.startsAt, f.endsAt), valid: true };
  }
  const first = found[0];
  if (first)
    return {
      value: first.number.number,
      span: text.slice(first.startsAt, first.endsAt),
      valid: phoneAccepted(first.number, field),
    };
  // a run of digits with separators that findNumbers rejected (e.g. odd grouping)
  const run = /\+?\d[\d\s().-]{6,}\d/.exec(text);
  if (run) {
    const parsed = parsePhoneNumberFromString(run[0], defaultCountry);
    if (parsed && parsed.isPossible())
      return { value: parsed.number, span: run[0], valid: phoneAccepted(parsed, field) };
  }
  return null;
}
