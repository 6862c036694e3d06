import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn } from '../intents.js';
import { correctsEarlier } from './corrections.js';
import { answeredTarget } from './answered-target.js';
import type { Candidate } from './plan.js';
import { MONTH_NAMES, WEEKDAY_WORD } from '../extract/calendar-words.js';

/**
 * A day or an hour counted from the moment of speaking ("a week", "in two hours", "half a day") rather than
 * named: such readings are weak, and unasked they do not replace a date or time the person already gave.
 */

const MOMENT_TYPES = new Set<Field['type']>(['date', 'time', 'datetime']);
/**
 * Words that name a day or an hour: a month, a weekday, a clock reading ("4:30", "2pm", "16h"), a named day
 * ("today", "tomorrow", "Christmas"), a day of the month ("the 14th", "14/3").
 */
const NAMED_MOMENT = new RegExp(
  String.raw`\b(?:${MONTH_NAMES})\.?(?![a-z])|\b${WEEKDAY_WORD}s?\b|\d:\d\d|\d\s*[ap]\.?m\b|` +
    String.raw`\b(?:noon|midday|midnight|today|tonight|tomorrow|yesterday|christmas|easter|eve|weekend)\b|` +
    String.raw`\d(?:st|nd|rd|th)\b|\b\d{1,4}[/.-]\d{1,2}\b|\bo'?clock\b`,
  'i',
);

/** Whether a date or time mention's words only count from now ("a couple of hours a week", "half day"). */
export function countsFromNow(span: string): boolean {
  return !NAMED_MOMENT.test(span);
}

/**
 * Whether `c` would replace a date or time the person gave with a reading that only counts from now, for a
 * field not asked, in words that neither name the field nor correct it: "half day's plenty, 4 hours" does not
 * move the wedding to today. Pure.
 */
export function isWeakMomentOverwrite(
  c: Candidate,
  fields: Field[],
  snapshot: RunSnapshot,
  askedField: string | undefined,
  utterance: string,
): boolean {
  if (c.field === askedField) return false;
  const target = answeredTarget(c, fields, snapshot);
  if (!target || !MOMENT_TYPES.has(target.field.type) || target.view.value === c.value) return false;
  if (!countsFromNow(c.span ?? utterance)) return false;
  return !correctsEarlier(utterance) && fieldNamedIn(utterance, [target.field]) === undefined;
}
