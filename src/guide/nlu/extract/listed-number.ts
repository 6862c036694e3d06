import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { findNumberMentions } from './numbers.js';
import { holdsPlainNumber } from './field-range.js';
import { agesThing } from './years-since.js';

/**
 * A bare number listed among other details without its noun ("Rachel Stein, 38, rachel@x.com"), for the one
 * number field that can hold it: a plain number field (no money, no year) open in this reading whose
 * validation range, when it has one, allows the number (an age of 0–120 takes 38, a pet's weight of 1–90
 * takes it too, and then neither does). When several fields fit, or none, the number fills nothing.
 */

/** Where one item of a list of details ends: a comma, a semicolon, a sentence end, "and". */
const ITEM_BREAK = /\s*(?:[,;]|[.!?](?=\s|$)|\s(?:and|&)\s)\s*/g;

/** The items of a list of details, with where each starts: [] when the words are one item only. */
function listItems(utterance: string): Array<{ text: string; start: number }> {
  const items: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of utterance.matchAll(ITEM_BREAK)) {
    items.push({ text: utterance.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  items.push({ text: utterance.slice(start), start });
  const said = items.filter((i) => i.text.trim() !== '');
  return said.length >= 2 ? said : [];
}

/**
 * Appends to `out` a candidate (0.7, extractor `listed-number`) for each number said as a list item of its
 * own (the whole item, no ordinal or money) that exactly one field of `fields` without a value in `out`
 * can hold (see the file comment).
 */
export function listedNumberCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const items = listItems(utterance);
  if (items.length === 0) return;
  for (const n of findNumberMentions(utterance)) {
    if (n.ordinal || n.money) continue;
    const item = items.find((i) => i.start <= n.index && n.index < i.start + i.text.length);
    if (!item || item.text.trim() !== n.span.trim()) continue;
    // "Dorothy Kowalchuk, 71": a bare number beside a name is the person's age, never a roof's
    const fits = fields.filter(
      (f) => !out.some((c) => c.field === f.name) && holdsPlainNumber(f, n.value) && !agesThing(f),
    );
    if (fits.length !== 1) continue;
    out.push({
      field: fits[0]!.name,
      value: n.value,
      confidence: 0.7,
      extractor: 'listed-number',
      span: n.span,
    });
  }
}
