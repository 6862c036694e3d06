import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { GuideToolbox } from '../../types.js';
import { newMemory, type DialogueMemory } from '../memory.js';
import type { Plan } from './plan.js';
import { currentStepFields, offersDefaults, targetField } from './questions.js';
import { splitWholeNames } from './split-name.js';

/** What carrying out a plan did, for the reply. */
export interface Outcome {
  snapshot: RunSnapshot;
  /** Values stored, with their words. */
  set: Array<{ field: string; label: string; display: string; confidence: number }>;
  /** Refused values: the field and the engine's reason. */
  refused: Array<{ field: string; error: string }>;
  /** A navigation or completion refused, in the engine's words. */
  navError?: string;
  /** A stored value to confirm ("Did you mean …?"). */
  confirm?: { field: string; display: string };
  completed: boolean;
}

/**
 * Carries out a plan with the guide's tools, in order (a whole name said for a first-name field split
 * between it and its last-name field, `splitWholeNames`), updating the dialogue memory (skipped fields,
 * start over). Then, when the plan says so and nothing went wrong, moves past steps with nothing left to
 * ask (`wizard_next_step`). Never throws on refused values: they come back in `refused`.
 */
export async function executePlan(
  plan: Plan,
  tools: GuideToolbox,
  start: RunSnapshot,
  memory: DialogueMemory,
  definition: WizardDefinition,
): Promise<Outcome> {
  const out: Outcome = { snapshot: start, set: [], refused: [], completed: false };
  // "Owen Whitfield" for a first-name field whose last name has a field of its own fills both
  for (const action of splitWholeNames(plan.actions, definition)) {
    switch (action.op) {
      case 'set': {
        const c = action.candidate;
        const r = await tools.set_wizard_field({
          field_name: c.field,
          value: c.value,
          confidence: c.confidence,
          utterance: action.utterance,
          extractor: c.extractor,
        });
        out.snapshot = r.snapshot;
        if (!r.ok) {
          out.refused.push({ field: c.field, error: r.error });
          break;
        }
        const view = r.snapshot.fields.find((f) => f.name === c.field);
        const display = view?.display ?? String(c.value);
        out.set.push({ field: c.field, label: view?.label ?? c.field, display, confidence: c.confidence });
        memory.skipped.delete(c.field);
        memory.noPreference.delete(c.field);
        memory.chosen.add(c.field);
        if (!out.confirm && c.confidence < plan.confirmBelow && !isClearName(c.value))
          out.confirm = { field: c.field, display };
        break;
      }
      case 'clear':
        out.snapshot = (await tools.clear_wizard_field({ field_name: action.field })).snapshot;
        memory.chosen.delete(action.field);
        break;
      case 'clear_all': {
        const answered = out.snapshot.fields.filter((f) => f.answered).reverse();
        for (const f of answered)
          out.snapshot = (await tools.clear_wizard_field({ field_name: f.name })).snapshot;
        Object.assign(memory, newMemory());
        break;
      }
      case 'skip':
        memory.skipped.add(action.field);
        break;
      case 'no_preference':
        memory.noPreference.add(action.field);
        break;
      case 'previous':
      case 'next':
      case 'complete': {
        const r =
          action.op === 'previous'
            ? await tools.wizard_previous_step()
            : action.op === 'next'
              ? await tools.wizard_next_step()
              : await tools.complete_wizard();
        out.snapshot = r.snapshot;
        if (!r.ok) out.navError = r.error;
        else if (action.op === 'complete') out.completed = true;
        break;
      }
      case 'first_step': {
        const first = out.snapshot.steps.find((s) => !s.skipped) ?? out.snapshot.steps[0];
        if (first && first.id !== out.snapshot.current_step_id) {
          const r = await tools.wizard_go_to_step({ step_id: first.id });
          out.snapshot = r.snapshot;
          if (!r.ok) out.navError = r.error;
        }
        break;
      }
    }
  }
  if (plan.advance && out.refused.length === 0 && !out.confirm && !out.navError)
    await advance(out, tools, memory, definition);
  return out;
}

/**
 * Whether a value is a clear proper name — every word capitalised ("BrightPath Learning", "Marco Bianchi",
 * "O'Connor Builds"): a low score then comes from the words around it, so it is not worth a "Did you mean …?".
 */
export function isClearName(value: unknown): boolean {
  if (typeof value !== 'string' || !/[A-Z]/.test(value)) return false;
  const words = value.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^(?:[A-Z][\p{L}'’.-]*|&|of|and|the|de|van|von)$/u.test(w));
}

/**
 * Moves on while the current step has fields and nothing left to ask; stops at informational steps, at
 * steps whose values all came from defaults and were not offered yet, and when a move leaves the run where
 * it was (an action of the step's validation kept it there, e.g. a web address already taken).
 */
async function advance(
  out: Outcome,
  tools: GuideToolbox,
  memory: DialogueMemory,
  definition: WizardDefinition,
) {
  for (let i = 0; i <= definition.steps.length; i++) {
    const s = out.snapshot;
    if (s.status !== 'active' || s.is_review) return;
    if (currentStepFields(s).length === 0 || targetField(s, memory) || offersDefaults(s, memory)) return;
    const r = await tools.wizard_next_step();
    out.snapshot = r.snapshot;
    if (!r.ok || r.snapshot.current_step_id === s.current_step_id) return;
  }
}
