import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { addsToList, removedOptions } from '../extract/list-edits.js';
import type { Candidate } from './plan.js';

/**
 * A change to a multi_select list answered before, said as an edit rather than a new list: "can we add the
 * main hall as well" keeps the earlier spaces and adds the hall; "oh and a brake inspection too" to the
 * note's question joins the services given before; "take the carpets off" keeps the rest. The one place
 * that decides an utterance adds to or takes from a list (the words: `addsToList`, `removedOptions`). Pure.
 */

/** The extractor name of a candidate made by editing an earlier list. */
export const LIST_EDIT = 'list-edit';

/**
 * `found` with the lists of answered multi_select `fields` edited: a candidate for such a field becomes the
 * earlier list plus its options when the words add ("as well", "too", "add") or take some away, less the
 * options taken away; a field with options only taken away ("drop the fridge") gets a candidate of the
 * earlier list less those. Adding words alone do not join the list of `askedName`, the field the question asked:
 * its answer is the list. Other candidates are returned as they are. Idempotent.
 */
export function editedLists(
  found: Candidate[],
  utterance: string,
  fields: Field[],
  snapshot: RunSnapshot,
  askedName?: string,
): Candidate[] {
  const adds = addsToList(utterance);
  const out = [...found];
  for (const field of fields) {
    if (field.type !== 'multi_select' || !field.options?.length) continue;
    const view = snapshot.fields.find((f) => f.name === field.name);
    if (!view?.answered || !Array.isArray(view.value)) continue;
    const earlier = view.value as unknown[];
    const removed = removedOptions(utterance, field.options);
    const at = out.findIndex((c) => c.field === field.name && Array.isArray(c.value));
    const order = (values: Set<unknown>) => field.options!.map((o) => o.value).filter((v) => values.has(v));
    if (at >= 0) {
      const c = out[at]!;
      if (c.extractor === LIST_EDIT || (!removed.size && (!adds || field.name === askedName))) continue;
      const values = new Set([...earlier, ...(c.value as unknown[])].filter((v) => !removed.has(String(v))));
      out[at] = { ...c, value: order(values), extractor: LIST_EDIT };
    } else if ([...removed].some((v) => earlier.includes(v))) {
      const values = new Set(earlier.filter((v) => !removed.has(String(v))));
      out.push({
        field: field.name,
        value: order(values),
        confidence: 0.85,
        extractor: LIST_EDIT,
        span: utterance.trim(),
      });
    }
  }
  return out;
}
