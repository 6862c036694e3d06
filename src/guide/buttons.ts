import { buttonLabel } from '../core/wizard/field-types/index.js';
import { foldChoice } from '../core/wizard/field-types/options.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { RunSnapshot } from '../core/wizard/snapshot.js';

/** Words that press a button on their own ("apply", "apply it please", "go ahead and submit"). */
const PRESS = /^(?:(?:ok(?:ay)?|yes|please|go ahead and|now)\s+)*(?:apply|press|click|submit|tap)\b/;
/** Longest utterance (in words) read as a press: longer ones are answers for the brain. */
const MAX_WORDS = 8;

/**
 * The apply_button field of the current step that the user's words press, or undefined: a visible, enabled
 * button whose caption (or label) the words say ("book these rooms"), or any press word ("apply", "press
 * it", "click the button") when the step has exactly one button. Short utterances only. Pure.
 */
export function pressedButton(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  userText: string,
): string | undefined {
  const text = foldChoice(userText)
    .replace(/[.!?,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.split(' ').length > MAX_WORDS || snapshot.is_review) return undefined;
  const buttons = snapshot.fields.filter(
    (f) => f.type === 'apply_button' && f.step_id === snapshot.current_step_id && f.visible && f.enabled,
  );
  if (buttons.length === 0) return undefined;
  const fields = new Map(definition.steps.flatMap((s) => s.fields).map((f) => [f.name, f]));
  const named = buttons.find((b) => {
    const field = fields.get(b.name);
    const captions = [b.label, field ? buttonLabel(field) : b.label].map((c) => foldChoice(c));
    return captions.some(
      (c) => c.length > 0 && (text === c || text.endsWith(` ${c}`) || text.startsWith(`${c} `)),
    );
  });
  if (named) return named.name;
  return buttons.length === 1 && PRESS.test(text) ? buttons[0]!.name : undefined;
}
