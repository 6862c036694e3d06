import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from '../extract/types.js';
import { contentStems } from '../extract/normalize.js';
import { isFillerOnly } from './free-text.js';
import { withoutSpans } from './spans.js';

/**
 * A line that says nothing but an option of some field ("google", "letterbox flyer", "facebook thanks"):
 * the option is chosen even where option words inside a description would otherwise be the description's
 * own words (asked an optional note, "google" answers "How did you hear about us?", it is no note). Pure.
 *
 * Reads: the option candidate's span and the option's own words (value, label, synonyms). Leaves alone:
 * a line with other words beside the option ("buzz unit 7, google maps gets it wrong"): a description.
 */

/** Whether `utterance` holds only `c`'s option words, pleasantries and more words of that same option. */
export function saysOnlyOption(c: Candidate, utterance: string, fields: Field[]): boolean {
  if (!c.span || typeof c.value !== 'string') return false;
  const option = fields.find((f) => f.name === c.field)?.options?.find((o) => o.value === c.value);
  if (!option) return false;
  const rest = withoutSpans(utterance, [c.span]);
  if (rest.trim() === '' || isFillerOnly(rest)) return true;
  const own = new Set(contentStems([option.value, option.label, ...(option.synonyms ?? [])].join(' ')));
  const left = contentStems(rest);
  return left.length > 0 && left.every((s) => own.has(s));
}
