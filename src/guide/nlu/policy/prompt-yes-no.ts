import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { namesBoolean } from '../extract/boolean-terms.js';
import type { DialogueMemory } from '../memory.js';
import { askedFields } from './answers.js';
import type { Candidate, Nlu } from './plan.js';
import { currentStepFields, fieldDef } from './questions.js';
import { pairedYesNo } from './paired-yes-no.js';
import { NO_WORDS, YES_WORDS } from '../yes-no-words.js';

/**
 * A yes or a no said as one clause of an answer to a step prompt that asks several things, one of them a
 * yes/no question ("What's the cat's name, and is she indoor only?" — "Mochi, 4 kilos, and yes she never goes
 * out"): it answers that question. Pure.
 */

const YES = new RegExp(String.raw`^(?:${YES_WORDS}|sure|absolutely|definitely|of course)$`);
const NO = new RegExp(String.raw`^(?:${NO_WORDS})$`);
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

/** The fields of `open` the prompt asks about, each on its own (`askedFields`). */
function promptAsks(nlu: Nlu, prompt: string, open: Field[]): Field[] {
  return open.filter((f) => {
    try {
      return askedFields(nlu, prompt, [f], true).length > 0;
    } catch {
      return false;
    }
  });
}

/**
 * The yes/no fields of `asked` (two or more, asked by one prompt) that the words name by their key terms
 * (`namesBoolean`), when they name some but not all; none otherwise.
 */
function namedOnly(definition: WizardDefinition, utterance: string, asked: Field[]): Field[] {
  if (asked.length < 2) return [];
  const all = definition.steps.flatMap((s) => s.fields);
  const domain = `${definition.name} ${definition.description ?? ''}`;
  const named = asked.filter((f) => namesBoolean(utterance, f, all, domain));
  return named.length < asked.length ? named : [];
}

/**
 * The turn's values `found` with the yes or no of an answer to the step prompt given to the yes/no questions
 * it asks, while the last question was that prompt (else `found` as is):
 * - two or more clauses each say yes or no (`pairedYesNo`): each answers the question it names, the rest in
 *   the order asked;
 * - the prompt asks two or more open yes/no fields and the words name some of them: the yes or no answers
 *   those only ("yes please, I'd need help with the flight" asked travel support and first time: travel
 *   support yes, first time left open), read from a yes/no clause (`clauseYesNo`) or else the value read;
 * - one open yes/no field is left without a value: a yes/no clause answers it ("Daisy, 65 pounds, and yes
 *   she loves other dogs").
 */
export function withPromptYesNo(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  memory: DialogueMemory,
  utterance: string,
  found: Candidate[],
): Candidate[] {
  const prompt = snapshot.current_step?.voice_prompt?.trim();
  if (!prompt || memory.lastQuestion.trim() !== prompt) return found;
  const open = currentStepFields(snapshot)
    .filter((v) => !v.answered && !memory.skipped.has(v.name))
    .map((v) => fieldDef(definition, v.name))
    .filter((f): f is Field => f?.type === 'boolean');
  const asked = promptAsks(nlu, prompt, open);
  const isBool = (c: Candidate, fields: Field[]) =>
    typeof c.value === 'boolean' && fields.some((f) => f.name === c.field);
  // "yes and yes", "yes I'm authorized, no food handler card": each clause answers its own question
  const all = definition.steps.flatMap((s) => s.fields);
  const paired = pairedYesNo(utterance, asked, all, `${definition.name} ${definition.description ?? ''}`);
  if (paired.size > 0)
    return [
      ...found.filter((c) => !isBool(c, asked)),
      ...[...paired].map(([field, value]) => ({ field, value, confidence: 0.9, extractor: 'paired-yes-no' })),
    ];
  const named = namedOnly(definition, utterance, asked);
  if (named.length > 0) {
    const said = clauseYesNo(utterance) ?? found.find((c) => isBool(c, asked))?.value;
    const kept = found.filter((c) => !isBool(c, asked) || isBool(c, named));
    if (typeof said !== 'boolean') return kept;
    const added = named
      .filter((f) => !kept.some((c) => c.field === f.name))
      .map((f) => ({ field: f.name, value: said, confidence: 0.8, extractor: 'prompt-yes-no' }));
    return [...kept, ...added];
  }
  const left = asked.filter((f) => !found.some((c) => c.field === f.name));
  if (left.length !== 1 || open.filter((f) => !found.some((c) => c.field === f.name)).length !== 1)
    return found;
  const value = clauseYesNo(utterance);
  if (value === null) return found;
  return [...found, { field: left[0]!.name, value, confidence: 0.8, extractor: 'prompt-yes-no' }];
}
