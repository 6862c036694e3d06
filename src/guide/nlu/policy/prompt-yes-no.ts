import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { DialogueMemory } from '../memory.js';
import { askedFields } from './answers.js';
import type { Candidate, Nlu } from './plan.js';
import { currentStepFields, fieldDef } from './questions.js';

/**
 * A yes or a no said as one clause of an answer to a step prompt that asks several things, one of them a
 * yes/no question ("What's the cat's name, and is she indoor only?" — "Mochi, 4 kilos, and yes she never goes
 * out"): it answers that question. Pure.
 */

const YES = /^(?:yes|yeah|yep|yup|sure|absolutely|definitely|of course)$/;
const NO = /^(?:no|nope|nah)$/;
/** Words that may start a clause before its yes or no ("and yes …", "but no …"). */
const LEAD = /^(?:and|but|also|oh|so|then)\s+/;
/** Words after a "no" that make it part of another answer ("no meds", "no allergies"): anything but these. */
const AFTER_NO = /^(?:she|he|they|it|i|we|not|never|sorry|thanks?|way)\b/;

/** The yes (true) or no (false) a clause of `utterance` says by a word at its start or end; null if none or both. */
export function clauseYesNo(utterance: string): boolean | null {
  const said = new Set<boolean>();
  for (const raw of utterance.toLowerCase().split(/[,.;!?]+|\s+-\s+|\s+(?=and\b|but\b)/)) {
    const clause = raw.trim().replace(LEAD, '');
    const words = clause.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const first = words[0]!;
    const last = words[words.length - 1]!;
    if (YES.test(first) || (words.length > 1 && YES.test(last))) said.add(true);
    if (NO.test(first) && (words.length === 1 || AFTER_NO.test(words.slice(1).join(' ')))) said.add(false);
  }
  return said.size === 1 ? [...said][0]! : null;
}

/**
 * The yes/no field the step prompt just asked, answered by a yes or no clause of `utterance` when the answer
 * gave no value for it otherwise: the one open boolean field of the current step the prompt asks about, and
 * only while the last question was that prompt. Null otherwise.
 */
export function promptYesNo(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  memory: DialogueMemory,
  utterance: string,
  found: Candidate[],
): Candidate | null {
  const prompt = snapshot.current_step?.voice_prompt?.trim();
  if (!prompt || memory.lastQuestion.trim() !== prompt) return null;
  const open = currentStepFields(snapshot)
    .filter((v) => !v.answered && !memory.skipped.has(v.name) && !found.some((c) => c.field === v.name))
    .map((v) => fieldDef(definition, v.name))
    .filter((f): f is Field => f?.type === 'boolean');
  if (open.length !== 1) return null;
  const field = open[0]!;
  let asked: Field[] = [];
  try {
    asked = askedFields(nlu, prompt, [field], true);
  } catch {
    return null;
  }
  if (!asked.some((f) => f.name === field.name)) return null;
  const value = clauseYesNo(utterance);
  return value === null ? null : { field: field.name, value, confidence: 0.8, extractor: 'prompt-yes-no' };
}
