import type { Field } from '../../../core/wizard/definition.js';
import { contentStems } from '../extract/normalize.js';
import type { Candidate } from './plan.js';

/**
 * Option words that only introduce another field's value. Pure.
 *
 * "My mobile is 0412 687 203" says the word "mobile" (an option of a "Topics" field) to name the phone number
 * that follows; "email: ada@x.io" names the email. Such a word is that field's cue, not a choice.
 */

/** Extractors that match an option by its words. */
const OPTION_WORDS = new Set(['verbatim-option', 'fuzzy-option', 'distinctive-option']);

/** Most characters between a cue and the value it introduces ("is", ": ", " number is "). */
const GAP = 16;

/**
 * Whether option candidate `c` is only the cue of another candidate's value in `utterance`: its words all
 * belong to the other field's name, label or hints, and the value follows within a few characters. False for
 * candidates not read from option words, and when no such value follows.
 */
export function isCueOfAnother(c: Candidate, all: Candidate[], utterance: string, fields: Field[]): boolean {
  if (!OPTION_WORDS.has(c.extractor) || !c.span) return false;
  const text = utterance.toLowerCase();
  const at = text.indexOf(c.span.toLowerCase());
  if (at < 0) return false;
  const end = at + c.span.length;
  const said = contentStems(c.span);
  if (said.length === 0) return false;
  return all.some((o) => {
    if (o.field === c.field || !o.span) return false;
    const field = fields.find((f) => f.name === o.field);
    if (!field) return false;
    const start = text.indexOf(o.span.toLowerCase(), end);
    if (start < 0 || start - end > GAP) return false;
    const own = new Set(
      contentStems([field.name.replace(/_/g, ' '), field.label, ...(field.extraction_hints ?? [])].join(' ')),
    );
    return said.every((s) => own.has(s));
  });
}
