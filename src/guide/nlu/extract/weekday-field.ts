import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { WEEKDAY_WORD } from './calendar-words.js';
import type { DateTimeMatch } from './dates.js';
import { normalize } from './normalize.js';
import { namesWeekdays, weekdayOptionValues } from './weekday-options.js';

/**
 * Days of the week said unasked for the select field whose options are weekdays: "weekends mostly",
 * "any day except sunday", "weekdays", "tuesdays and thursdays" fill "Days you're available" while another
 * question is open. Days that belong to a date ("next Saturday", "Saturday 18 September") are no answer,
 * nor is the whole week said on its own ("I cook every day"): unasked, only days told apart choose.
 */

/**
 * A date mention that is a weekday and nothing more ("Sunday", "on Tuesdays"), or a group of days with or
 * without a time of day ("weekend", "weekday morning"): no date said with it.
 */
const BARE_WEEKDAY = new RegExp(
  String.raw`^(?:on\s+)?(?:${WEEKDAY_WORD}s?|(?:week|work)\s?(?:days?|ends?)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?)$`,
);

/** Whether a date mention is only a weekday's name or a group of days ("weekday morning"). */
export function isBareWeekday(mention: Pick<DateTimeMatch, 'span'>): boolean {
  return BARE_WEEKDAY.test(
    normalize(mention.span)
      .replace(/[^a-z ]+/g, ' ')
      .trim(),
  );
}

/** `text` with the words of `spans` blanked out (same length, so offsets stay). */
function blanked(text: string, spans: string[]): string {
  let out = text;
  for (const span of spans) {
    const at = out.indexOf(span);
    if (at >= 0) out = out.slice(0, at) + ' '.repeat(span.length) + out.slice(at + span.length);
  }
  return out;
}

/** A select field whose options are days of the week (two or more options name days). */
const isWeekdayField = (f: Field) =>
  (f.type === 'multi_select' || f.type === 'single_select') &&
  (f.options ?? []).filter((o) => namesWeekdays(o.label)).length >= 2;

/** The one select field of `fields` whose options are weekdays; null when none is, or several are. */
export function weekdayField(fields: Field[]): Field | null {
  const found = fields.filter(isWeekdayField);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Candidates for the weekday select `fields` from days `utterance` says unasked, leaving out the days of
 * `dates` (its date mentions) that say more than a weekday. One field only: days that fit two weekday fields
 * go to neither. A single select takes one option only. The span is the words from the first day to the last.
 */
export function weekdayFieldCandidates(
  utterance: string,
  fields: Field[],
  dates: DateTimeMatch[],
): Candidate[] {
  const field = weekdayField(fields);
  if (!field) return [];
  const text = blanked(
    utterance,
    dates.filter((m) => !isBareWeekday(m)).map((m) => m.span),
  );
  const said = weekdayOptionValues(text, field.options!);
  if (!said || said.values.length === field.options!.length) return [];
  if (field.type === 'single_select' && said.values.length !== 1) return [];
  return [
    {
      field: field.name,
      value: field.type === 'multi_select' ? said.values : said.values[0],
      confidence: 0.85,
      extractor: 'weekday-options',
      span: said.span.trim(),
    },
  ];
}
