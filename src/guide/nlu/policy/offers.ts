import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';

/**
 * Results an outside agent presents ("How about Bai Thong Thai?", "There's Otavon Apartments at …") and
 * whether the user takes them ("Sounds good, book it"). Pure.
 */

/** The user asks for something else instead of taking the result. */
const ALTERNATIVE =
  /\b(?:other|another|different|instead|more options|what else|anything else\s*\?|something else|else (?:available|is there))\b|\banything else (?:available|you|i|that)\b/i;

/** Words that take a presented result. */
const TAKES =
  /\b(?:sounds? (?:\w+ )?(?:good|great|perfect|nice|fine|cool|right|lovely|wonderful|like a (?:good|great|nice))|(?:that|it|this|which) (?:(?:one|place|apartment|restaurant|car) )?(?:works|would work|will work|seems (?:good|great|fine|perfect|nice))|works for me|good (?:for|to) me|perfect|great|excellent|wonderful|awesome|i(?:'ll| will) take|(?:book|reserve|schedule) (?:it|this|that|me|a|the)|let's do|go with|i like (?:it|that|this)|that's all|that is all|that was all|thanks?\b|thank you)/i;

/**
 * Whether the user accepts the result just presented: an explicit yes or words that take it ("that works",
 * "book it", "thanks, that's all"), and no request for something else ("anything else?", "another one").
 * `yesNo` is the turn's yes/no reading (false rejects).
 */
export function acceptsResult(utterance: string, yesNo: boolean | null): boolean {
  if (yesNo === false || ALTERNATIVE.test(utterance)) return false;
  return yesNo === true || TAKES.test(utterance);
}

/**
 * The values an agent line presents as a result: the entity it names (for the form's entity-name field) and
 * the options of select fields it says verbatim ("a Standard car", "British Airways"). `known` values (the
 * run's, as words) are never taken for the entity. Empty when the line presents nothing.
 */
export function presentedValues(
  nlu: Nlu,
  agentLine: string,
  fields: Field[],
  ctx: ExtractContext,
  known: string[],
): Candidate[] {
  const out: Candidate[] = [];
  const entity = safe(() => nlu.offeredEntity?.(agentLine, fields, known) ?? null, null);
  if (entity) out.push(entity);
  const selects = fields.filter((f) => f.type === 'single_select');
  const plain = { ...ctx, agentUtterance: undefined };
  for (const c of safe(() => nlu.extractAll(agentLine, selects, plain), []))
    if (c.extractor === 'verbatim-option') out.push({ ...c, extractor: 'offered-option' });
  return out;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
