import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { findNumberMentions } from './numbers.js';
import { countedField, isCountField } from './counted.js';
import { textKind } from './text-kind.js';
import { pick } from './pick.js';

/**
 * Numbers said for free-text fields that hold a quantity, without being asked: a count with its noun
 * ("for 3 days", "stay five nights") for a `count` field whose name or description has that noun, and an
 * amount of money ("780 dollars", "$1,800") for the `amount` field the nearby words name (or the only one).
 * Values are the number as a string ("3", "780"). Candidates are appended to `out`, one per field at most.
 */
export function quantityCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const free = (kind: string) =>
    fields.filter((f) => f.type === 'text' && textKind(f) === kind && !out.some((c) => c.field === f.name));
  const counts = free('count');
  const amounts = free('amount');
  if (!counts.length && !amounts.length) return;
  for (const n of findNumberMentions(utterance)) {
    if (n.ordinal) continue;
    if (n.money && amounts.length) {
      const p = pick(amounts, utterance, n.index, n.span.length);
      if (p && !out.some((c) => c.field === p.field.name)) {
        const unit = /^\s*(?:dollars?|bucks|euros?|pounds?)\b/i.exec(
          utterance.slice(n.index + n.span.length),
        );
        out.push({
          field: p.field.name,
          value: String(n.value),
          confidence: p.cue ? 0.8 : 0.7,
          extractor: 'money-amount',
          span: unit ? `${n.span}${unit[0]}` : n.span,
        });
      }
      continue;
    }
    const counted = countedField(utterance, n, fields.filter(isCountField), true);
    if (!counted || !counts.includes(counted.field)) continue;
    const { field } = counted;
    out.push({
      field: field.name,
      value: String(n.value),
      confidence: 0.8,
      extractor: 'number-noun',
      span: counted.span,
    });
  }
}
