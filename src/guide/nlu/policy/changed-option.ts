import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { chosenHits, findVerbatimOptions } from '../extract/options.js';
import type { Candidate } from './plan.js';

/**
 * A change of an answered single_select said with both its old and new option: "can you change it to
 * fortnightly? weekly's overkill" when the answer is Weekly. Two options said leave the field open to the
 * extractors; the one that is the current answer is the value being left, so the other is the change. Pure.
 */

/**
 * `found` plus, for each answered single_select field with no candidate in `found`, the option said when
 * exactly two of its options are said and one of them is its current value. Other fields are untouched.
 */
export function withChangedOptions(
  found: Candidate[],
  utterance: string,
  fields: Field[],
  snapshot: RunSnapshot,
): Candidate[] {
  const out = [...found];
  for (const field of fields) {
    if (field.type !== 'single_select' || !field.options?.length) continue;
    if (found.some((c) => c.field === field.name)) continue;
    const view = snapshot.fields.find((f) => f.name === field.name);
    if (!view?.answered) continue;
    // the current option may be said as faulted ("medium is too snug"), which chooses nothing
    const said = findVerbatimOptions(utterance, field.options);
    if (said.length !== 2 || !said.some((h) => h.option.value === view.value)) continue;
    const others = chosenHits(utterance, said).filter((h) => h.option.value !== view.value);
    if (others.length !== 1) continue;
    const other = others[0]!;
    out.push({
      field: field.name,
      value: other.option.value,
      confidence: 0.85,
      extractor: 'changed-option',
      span: other.phrase,
    });
  }
  return out;
}
