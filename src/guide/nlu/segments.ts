import type { Field } from '../../core/wizard/definition.js';
import { fieldPhrases } from './intents.js';
import { typoPhrase } from './typo-phrase.js';

/**
 * Frame filling by name: an utterance that names several fields in turn ("the name is Echo, personality calm
 * and a little mysterious, voice the posh british one") is cut where each named clause begins; each segment
 * gives the value of the field it names; a name of two words or more may have a slip of typing ("web adress",
 * see typo-phrase.ts). Pure.
 */

/** A clause that names a field, with the words that follow the name (its value). */
export interface NamedSegment {
  field: Field;
  /** The words after the field's name and its connector ("Echo" in "the name is Echo"). */
  value: string;
  /** Where the segment starts and ends in the utterance. */
  start: number;
  end: number;
  /** Other fields the same name names ("number" of a licence number beside a mobile number's). */
  others: Field[];
}

/** Where a clause may begin: the start, or after a comma, a full stop, "and", "but", "also", "btw", "oh". */
const LEAD = String.raw`(?:^|[,;.!?:]\s*|\s(?:and|but|also|plus|btw|oh)\s+)(?:(?:and|but|also|plus|btw|oh|so|ok(?:ay)?)[,\s]+)*`;
/** A wish or a request before the field's name: "can", "I'd like", "we want", "please make". */
const ASK = String.raw`(?:(?:can|could|may|should|(?:i|we)(?:'d|’d| would)? (?:like|want|prefer)|(?:please )?make)\s+)?`;
const DET = String.raw`(?:(?:the|my|our|its|his|her|their|your)\s+)?`;
const CONNECTOR = String.raw`(?:\s*(?:(?:is|was|will be|should be|could be|can be|be|to be)\b|=|:|'s\b|’s\b)\s*|\s+)`;
/** Words that may stand before a named clause without being an answer of their own. */
const LEAD_WORDS =
  /\b(?:the|my|our|its|his|her|their|your|can|could|may|should|and|but|also|plus|btw|oh|so|ok|okay)\b|[,;.!?:\s]/gi;
const FILLER = /^(?:just|simply|only|like)\s+/i;
const PREPOSITION = /^(?:of|for|from|with|about|and|or|to|in|at|on)\b/i;
const isText = (field: Field) => field.type === 'text' || field.type === 'textarea';

/**
 * The segments of `utterance` that name a field at a clause start, in order; at most one per field (the
 * last wins). Returns [] unless at least two fields are named, or one is named after other words — a lone
 * leading statement ("my email is …") is the ordinary field mention. A name several fields share ("number"
 * of "Mobile number" and "Licence number") goes to the field of `asked` (the names of the fields just asked)
 * among them, else to the first: "NSW licence, number 30917452" asked the licence number is the licence's.
 */
export function namedSegments(
  utterance: string,
  fields: Field[],
  asked: readonly string[] = [],
): NamedSegment[] {
  const starts: Array<{ field: Field; start: number; valueAt: number; clauseAt: number; others: Field[] }> =
    [];
  for (const field of fields) {
    for (const phrase of fieldPhrases(field)) {
      if (phrase.length < 4) continue;
      const re = new RegExp(`${LEAD}${ASK}${DET}(${typoPhrase(phrase)})(?![a-z0-9])${CONNECTOR}`, 'gi');
      for (const m of utterance.matchAll(re)) {
        const start = m.index + m[0].indexOf(m[1]!);
        const valueAt = m.index + m[0].length;
        const clash = starts.find((s) => s.start <= start && start < s.valueAt);
        const shared = clash && clash.start === start && clash.valueAt === valueAt;
        if (shared && clash.field !== field && !clash.others.includes(field)) {
          if (asked.includes(field.name) && !asked.includes(clash.field.name)) {
            clash.others.push(clash.field);
            clash.field = field;
          } else clash.others.push(field);
        }
        if (clash) continue;
        starts.push({ field, start, valueAt, clauseAt: m.index, others: [] });
      }
    }
  }
  starts.sort((a, b) => a.start - b.start);
  const segments: NamedSegment[] = [];
  for (const [i, s] of starts.entries()) {
    // the next clause's lead words ("but I'd like the") are no part of this value
    const end = starts[i + 1]?.clauseAt ?? utterance.length;
    const value = utterance
      .slice(s.valueAt, end)
      .replace(/(?:[\s,;.!?]+(?:and|also|plus|btw|oh|so|can|could|the|my|our|its)\b)*[\s,;.!?]*$/i, '')
      .replace(FILLER, '')
      .replace(/^(?:it|him|her|them)\s+(?=[A-Z])/, '') // "name it Orbit"
      .trim();
    // "the phone number of the therapist?" names a field without giving its value
    if (value && !(isText(s.field) && PREPOSITION.test(value)))
      segments.push({ field: s.field, value, start: s.start, end, others: s.others });
  }
  const byField = new Map(segments.map((s) => [s.field.name, s]));
  const unique = segments.filter((s) => byField.get(s.field.name) === s);
  const before = unique[0] ? utterance.slice(0, unique[0].start) : '';
  const leading = /\S/.test(before.replace(LEAD_WORDS, ''));
  return unique.length >= 2 || (unique.length === 1 && leading) ? unique : [];
}
