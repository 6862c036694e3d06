import { TRIGGER_TARGETS, TRIGGERS, type EventTarget, type Trigger } from './definition.js';

/**
 * The option-set triggers each field type takes. The issue attaches events to "a field (an option set)": every
 * field with an answer takes `optionSet.onLoad` (its step is entered: prefill it, load its options),
 * `optionSet.onChange` (its answer changes: look up a postcode, check an email) and `optionSet.onApply` (an
 * apply_button applies it); an `apply_button` holds no answer, so it takes `optionSet.onApply` only (when it
 * applies itself). Option events (`option.*`) stay with the fields that have options (see isSelectType).
 */
export function optionSetTriggers(fieldType: string): Trigger[] {
  if (fieldType === 'apply_button') return ['optionSet.onApply'];
  return TRIGGERS.filter((t) => TRIGGER_TARGETS[t] === 'option_set');
}

/**
 * The triggers valid on `target`, in the order of TRIGGERS: those of its kind, narrowed by the field's type
 * for an option set (see optionSetTriggers; `fieldType` undefined when the field is unknown).
 */
export function targetTriggers(target: EventTarget, fieldType?: string): Trigger[] {
  const ofKind = TRIGGERS.filter((t) => TRIGGER_TARGETS[t] === target.kind);
  if (target.kind !== 'option_set' || fieldType === undefined) return ofKind;
  const allowed = new Set(optionSetTriggers(fieldType));
  return ofKind.filter((t) => allowed.has(t));
}
