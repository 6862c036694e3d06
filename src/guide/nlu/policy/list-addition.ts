import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate } from './plan.js';

/**
 * An option added to a list answered before. Pure.
 *
 * Services "oil change" answered, then to "anything else we should know?": "oh and a brake inspection too".
 * The new option joins the list rather than replacing it. Only for a multi select answered already, not the
 * field asked, when the words add (ADDING) and do not replace (REPLACING).
 */

/** Words that add to what was said: "too", "also", "as well", "add", "another", "plus", "on top". */
const ADDING = /\b(?:too|also|as well|add|another|plus|on top)\b/i;
/** Words that put one thing in place of another: "instead", "rather than", "replace", "only", "not". */
const REPLACING = /\b(?:instead|rather than|replace|only|not|no longer|remove|drop)\b/i;

/**
 * `found` with each multi-select value that adds to its field's earlier answer (`snapshot`) joined to that
 * answer: the field is answered, is not `askedName`, and the words add without replacing. Other candidates
 * are returned as they are.
 */
export function withListAdditions(
  found: Candidate[],
  utterance: string,
  fields: Field[],
  snapshot: RunSnapshot,
  askedName: string | undefined,
): Candidate[] {
  if (!ADDING.test(utterance) || REPLACING.test(utterance)) return found;
  return found.map((c) => {
    const field = fields.find((f) => f.name === c.field);
    const view = snapshot.fields.find((f) => f.name === c.field);
    if (field?.type !== 'multi_select' || c.field === askedName || !view?.answered) return c;
    if (!Array.isArray(view.value) || !Array.isArray(c.value)) return c;
    const earlier = view.value as unknown[];
    const added = (c.value as unknown[]).filter((v) => !earlier.includes(v));
    return added.length ? { ...c, value: [...earlier, ...added] } : c;
  });
}
