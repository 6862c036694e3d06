import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { DialogueMemory } from '../memory.js';
import { askedFields, isFreeText } from './answers.js';
import type { Nlu } from './plan.js';
import { currentStepFields, fieldDef } from './questions.js';

/**
 * The fields a step's own prompt asks at once. Pure.
 *
 * A step prompt often asks two things in one breath ("Is there a buzzer code …? And what would you like us
 * to focus on?", "What's the title of your talk, and what is it about?", "What's the main reason for your
 * visit …? And tell me a little about it."), while the guide remembers one field as asked. Typed values are
 * found for any field, but free text is only taken for an asked field: the other free-text fields the prompt
 * asks must be asked too, or their answer is put in the wrong field or asked again.
 */

/**
 * `target` and the other free-text fields of the current step that its prompt asks, in the step's order,
 * when the last question said was the step's prompt (`voice_prompt`); else `[target]`. A field counts when it
 * is unanswered, visible, not skipped, asked by the guide, and either required or named by the prompt
 * (`askedFields`); an optional field the prompt does not mention ("Previous dentist") is left out, and so is a
 * field derived from another (`derive`) that it does not name.
 */
export function promptAskedFields(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  memory: DialogueMemory,
  target: Field,
): Field[] {
  const prompt = snapshot.current_step?.voice_prompt?.trim();
  if (!prompt || memory.lastQuestion.trim() !== prompt) return [target];
  const views = currentStepFields(snapshot);
  if (!views.some((v) => v.name === target.name)) return [target];
  const open = views
    .filter((v) => !v.answered && !memory.skipped.has(v.name) && v.guide_asks !== false)
    .map((v) => ({ view: v, field: fieldDef(definition, v.name) }))
    .filter((x): x is { view: typeof x.view; field: Field } => !!x.field);
  const named = safeAsked(
    nlu,
    prompt,
    open.map((x) => x.field),
  );
  const isNamed = (f: Field) => named.some((n) => n.name === f.name);
  // "How many years …, and what hourly pay …?" — "3 years, and 20 would be nice": a second number the
  // prompt names is asked too, and takes a number the first one leaves
  const alongNumber = (f: Field) => target.type === 'number' && f.type === 'number' && isNamed(f);
  // "what would you like to call your sidekick?": a field made from another (a web address from the name)
  // is not asked with it unless the prompt names it
  const asksFreeText = (f: Field) => isFreeText(f) && (f.derive ? isNamed(f) : true);
  const extra = open.filter(
    (x) =>
      x.field.name !== target.name &&
      ((asksFreeText(x.field) && (x.view.required || isNamed(x.field))) || alongNumber(x.field)),
  );
  if (extra.length === 0) return [target];
  const order = views.map((v) => v.name);
  return [target, ...extra.map((x) => x.field)].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

function safeAsked(nlu: Nlu, prompt: string, fields: Field[]): Field[] {
  try {
    return askedFields(nlu, prompt, fields, true);
  } catch {
    return [];
  }
}
