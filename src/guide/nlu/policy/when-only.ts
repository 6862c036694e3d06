import type { Field } from '../../../core/wizard/definition.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../extract/calendar-words.js';
import { cardinalWords, ORDINAL_WORDS } from '../extract/number-lexicon.js';
import { textKind, type TextKind } from '../extract/text-kind.js';

/**
 * Free-text values made of date and time words only ("Saturday at half one", "the 18th", "next Friday
 * morning"): what is left of a line whose date and time were read, never the name of a venue, a town or a
 * person. Pure.
 */

/** Words of a day or a time of day: weekdays, months, ordinals, clock words and numbers up to sixty. */
const WHEN_WORD = new RegExp(
  String.raw`^(?:${WEEKDAY_NAMES}s?|${MONTH_NAMES}|\d{1,4}(?:st|nd|rd|th|am|pm|h)?|\d{1,2}[:.]\d{2}(?:am|pm)?|` +
    [...Object.keys(ORDINAL_WORDS), 'thirtieth', ...Object.keys(cardinalWords(1, 60))].join('|') +
    String.raw`|half|quarter|past|o'?clock|noon|midday|midnight|morning|afternoon|evening|night|am|pm|a\.m|p\.m|ish|` +
    String.raw`today|tomorrow|tonight|weekend|week|day|date|time)$`,
  'i',
);

/** Words that only link the date and time words ("the 18th of May at noon", "on Saturday"). */
const LINK_WORD = /^(?:the|of|on|at|in|by|from|around|about|this|next|coming|and|or|a|an|-)$/i;

/** Whether every word of `value` is a date or time word or a link between them, one at least a date or time word. */
export function isWhenOnly(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const words = value
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,;!?]+/)
    .map((w) => w.replace(/^[(."']+|[)."']+$/g, ''))
    .filter(Boolean);
  return (
    words.some((w) => WHEN_WORD.test(w) && !/^\d+$/.test(w)) &&
    words.every((w) => WHEN_WORD.test(w) || LINK_WORD.test(w))
  );
}

/** Kinds of text fields that hold a proper name: a date or time is never one's value. */
const NAMED = new Set<TextKind>(['organization', 'location', 'person', 'origin', 'destination', 'address']);

/** Whether `value` is only a date or a time (`isWhenOnly`) offered to a field that holds a name or a place. */
export function isWhenForName(value: unknown, field: Field): boolean {
  return field.type === 'text' && NAMED.has(textKind(field)) && isWhenOnly(value);
}
