import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate } from './plan.js';

/**
 * An optional question passed by answering the next one: asked for a phone, the person says "Acme Builders,
 * budget about 25k". The values found belong to a later step, so that step's open fields are the question
 * being answered and are read as asked (its free-text fields too: the leading "Acme Builders"). Pure.
 */

/** Selects: read as asked, their options may be said by a word of the label ("brakes checked"). */
const CHOICE = new Set<Field['type']>(['single_select', 'multi_select']);

/**
 * The open fields of the step the person moved on to: the first later step (in the wizard's order) that
 * holds a field of `found`, when `asked` is one optional, unanswered field that `found` leaves out; its
 * fields that are unanswered and not in `found`, and with them (when there are any) its unanswered selects
 * found too, so that the select is read as the question answered rather than left to a note beside it
 * ("oil change, and can you put my winter tires on"). Empty otherwise.
 */
export function movedOnFields(
  snapshot: RunSnapshot,
  asked: Field[],
  found: Candidate[],
  fields: Field[],
): Field[] {
  const view = asked.length === 1 ? snapshot.fields.find((f) => f.name === asked[0]!.name) : undefined;
  if (!view || view.required || view.answered || found.length === 0) return [];
  if (found.some((c) => c.field === view.name)) return [];
  const steps = [...new Set(snapshot.fields.map((f) => f.step_id))];
  const here = steps.indexOf(view.step_id);
  const stepOf = (name: string) => snapshot.fields.find((f) => f.name === name)?.step_id;
  const later = found
    .map((c) => steps.indexOf(stepOf(c.field) ?? ''))
    .filter((i) => i > here)
    .sort((a, b) => a - b)[0];
  if (later === undefined) return [];
  const open = snapshot.fields
    .filter((f) => f.step_id === steps[later] && !f.answered)
    .flatMap((f) => fields.filter((d) => d.name === f.name));
  const isFound = (f: Field) => found.some((c) => c.field === f.name);
  const unfound = open.filter((f) => !isFound(f));
  return unfound.length === 0 ? [] : open.filter((f) => !isFound(f) || CHOICE.has(f.type));
}

/**
 * The open selects of the step after that of `asked`, when `asked` is one optional, unanswered field: read as
 * asked when nothing else was heard, their options may be named by words of their labels only ("the snow
 * tires put on and the brakes looked at" to an optional mileage question). Empty otherwise.
 */
export function nextStepSelects(snapshot: RunSnapshot, asked: Field[], fields: Field[]): Field[] {
  const view = asked.length === 1 ? snapshot.fields.find((f) => f.name === asked[0]!.name) : undefined;
  if (!view || view.required || view.answered) return [];
  const steps = [...new Set(snapshot.fields.map((f) => f.step_id))];
  const next = steps[steps.indexOf(view.step_id) + 1];
  return snapshot.fields
    .filter((f) => f.step_id === next && f.visible && !f.answered)
    .flatMap((f) => fields.filter((d) => d.name === f.name && CHOICE.has(d.type)));
}
