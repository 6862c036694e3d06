import type { Field, Option } from '../../../core/wizard/definition.js';
import { normalize } from '../extract/normalize.js';
import type { Plan } from './plan.js';
import { YES_WORDS } from '../yes-no-words.js';

/**
 * Replies to a low-confidence "Did you mean X?": besides yes and no, a pointing "that one" / "yes that" keeps
 * X, "the other one" / "a different one" refuses it (and for a choice of two, chooses the other), and a reply
 * that opens by refusing ("no, and the budget is under $50", "neither") refuses X whatever else it gives.
 */

/** "the other one", "another", "a different one", "the other option": the guess is refused for another. */
const OTHER_ONE =
  /\b(?:(?:the|some)\s+other|another|(?:a|the)\s+different)(?:\s+(?:one|option|choice|kind|type)\b|(?=\s*(?:$|[,.;:!?\u2013\u2014-])))|^\W*other\s+(?:one|option|choice)\b/i;

/** A reply that only points at the guess: "that one", "that's the one", "this one", "yes that", "that". */
const THAT_ONE = new RegExp(
  String.raw`^(?:(?:${YES_WORDS}|ya|sure|right)\b[\s,.!-]*)?(?:that|this|that'?s|that is|this is)(?:\s+(?:one|it|the one|right|correct))?(?:\s+please)?[\s.!]*$`,
);

/**
 * A reply that opens by refusing the guess: "no", "nope", "nah", "wrong", "not that", "neither"; a "no" that
 * stands alone or leads a clause ("no, …", "no I meant …"), not one that begins a phrase ("no preference").
 */
const REFUSING_OPEN =
  /^\W*(?:no+(?=\s*(?:$|[,.;:!?\u2013\u2014-]|\s(?:i|it|that|this|not|thanks|sorry|wait|and|but|the other)\b))|(?:nope|nah|wrong|incorrect|not\s+(?:that(?:\s+one)?|it|quite|really|right)|neither|none\s+of\s+(?:those|them|these))\b)/;

/**
 * How a reply takes the guess of "Did you mean X?": true keeps it ("yep", "yes that", "that one"), false refuses
 * it ("no", "neither", "no — the other one", "a different one"), null when the words say neither. `yesNo` is
 * the reply read as a yes/no answer (see `detectYesNo`).
 */
export function guessVerdict(reply: string, yesNo: boolean | null): boolean | null {
  const text = normalize(reply);
  if (OTHER_ONE.test(text)) return false;
  if (yesNo !== null) return yesNo;
  return THAT_ONE.test(text) ? true : null;
}

/** Whether a reply opens by refusing the guess ("no, and the budget is under $50", "neither, sorry"). */
export function opensRefusing(reply: string): boolean {
  return REFUSING_OPEN.test(normalize(reply));
}

/** The refusing words a reply opens with, before a new value ("no acme corp" → "acme corp"). */
const REFUSAL_WORDS =
  /^\W*(?:(?:no+|nope|nah|wrong|incorrect|not\s+(?:that(?:\s+one)?|it|quite|really|right)|neither|none\s+of\s+(?:those|them|these))\b[\s,.;:!\u2013\u2014-]*)+/i;

/** The words of a refusal left for a new value: "no — the other one, the bath" → "the bath". */
export function afterRefusal(reply: string): string {
  return reply
    .trim()
    .replace(REFUSAL_WORDS, '')
    .replace(OTHER_ONE, '')
    .replace(/^[\s,.;:!-]+|[\s,.;:!?-]+$/g, '');
}

/**
 * The option "the other one" names when `field` is a choice of two and `value` is one of them: the other
 * option; otherwise undefined (with more options "the other one" is no one option, the question is asked
 * again).
 */
export function otherOfTwo(reply: string, field: Field | undefined, value: unknown): Option | undefined {
  const options = field?.type === 'single_select' ? (field.options ?? []) : [];
  if (options.length !== 2 || !OTHER_ONE.test(normalize(reply))) return undefined;
  return options.some((o) => o.value === value) ? options.find((o) => o.value !== value) : undefined;
}

/**
 * `plan` with the guess of `field` cleared when the reply opened by refusing it ("no, and the budget is under
 * $50") and the plan neither sets nor clears `field` itself: the guess is not kept, the field is asked again.
 */
export function withRefusedGuess(plan: Plan, field: string, reply: string): Plan {
  if (!opensRefusing(reply)) return plan;
  const touches = plan.actions.some(
    (a) => (a.op === 'set' && a.candidate.field === field) || (a.op === 'clear' && a.field === field),
  );
  return touches ? plan : { ...plan, actions: [{ op: 'clear', field }, ...plan.actions] };
}
