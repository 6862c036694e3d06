import type { RunEvent } from '../events/run-events.js';
import { evaluateCondition } from '../wizard/conditions.js';
import { isSelectType, type WizardDefinition } from '../wizard/definition.js';
import { findField } from '../wizard/navigation.js';
import { REVIEW_STEP_ID, type RunState } from '../wizard/run-state.js';
import type { EventBinding, EventTarget, Trigger } from './definition.js';
import { optionSetTriggers } from './field-triggers.js';

/** A trigger that fired: on which target, with the payload its actions see as `event`. */
export interface FiredTrigger {
  trigger: Trigger;
  target: EventTarget;
  payload: Record<string, unknown>;
}

/** An event binding whose trigger fired and whose conditions hold, with the payload of that firing. */
export interface FiredEvent {
  binding: EventBinding;
  payload: Record<string, unknown>;
}

/** The option values a select field's value holds (none for other values). */
function selected(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** `step.onEntry` of a real step (not the review page), and `optionSet.onLoad` of its fields (not buttons). */
function entering(definition: WizardDefinition, stepId: string): FiredTrigger[] {
  if (stepId === REVIEW_STEP_ID) return [];
  const step = definition.steps.find((s) => s.id === stepId);
  if (!step) return [];
  return [
    { trigger: 'step.onEntry', target: { kind: 'step', step_id: stepId }, payload: { step_id: stepId } },
    ...step.fields
      .filter((f) => optionSetTriggers(f.type).includes('optionSet.onLoad'))
      .map((f) => ({
        trigger: 'optionSet.onLoad' as const,
        target: { kind: 'option_set' as const, field: f.name },
        payload: { field: f.name, step_id: stepId },
      })),
  ];
}

/** The option triggers of a select field's change from `before` to `after`. */
function optionChanges(field: string, before: unknown, after: unknown): FiredTrigger[] {
  const was = new Set(selected(before));
  const now = new Set(selected(after));
  const fired: FiredTrigger[] = [];
  for (const value of now) {
    const target = { kind: 'option' as const, field, value };
    fired.push({ trigger: 'option.onClick', target, payload: { field, option: value } });
    if (!was.has(value)) {
      fired.push({ trigger: 'option.onSelect', target, payload: { field, option: value } });
      fired.push({ trigger: 'option.onChange', target, payload: { field, option: value, selected: true } });
    }
  }
  for (const value of was)
    if (!now.has(value)) {
      const target = { kind: 'option' as const, field, value };
      fired.push({ trigger: 'option.onDeselect', target, payload: { field, option: value } });
      fired.push({ trigger: 'option.onChange', target, payload: { field, option: value, selected: false } });
    }
  return fired;
}

/**
 * The triggers that one batch of appended run events fired, in the order the events happened:
 * - `wizard_start`: `wizard.onStart`, then the first step's `step.onEntry` and its selects' `optionSet.onLoad`;
 * - `wizard_step_change`: `step.onValidate` (moving forward) and `step.onExit` of the step left, then the
 *   entry triggers of the step entered (none for the review page);
 * - `wizard_field_update`: `optionSet.onChange` of the field (any type), and for a select field per option
 *   `option.onClick` (each option the new value holds), `option.onSelect` / `option.onDeselect` and
 *   `option.onChange`;
 * - `wizard_complete`: `wizard.onComplete`;
 * - `option_set_applied` (an apply_button pressed): `optionSet.onApply` of the option set it applies. Pure.
 */
export function firedTriggers(definition: WizardDefinition, events: readonly RunEvent[]): FiredTrigger[] {
  const fired: FiredTrigger[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'wizard_start':
        fired.push({ trigger: 'wizard.onStart', target: { kind: 'wizard' }, payload: {} });
        fired.push(...entering(definition, event.step_id));
        break;
      case 'wizard_step_change': {
        const from = event.from;
        if (from && from !== REVIEW_STEP_ID) {
          const target = { kind: 'step' as const, step_id: from };
          if (event.direction === 'next')
            fired.push({ trigger: 'step.onValidate', target, payload: { step_id: from } });
          fired.push({ trigger: 'step.onExit', target, payload: { step_id: from, to: event.to } });
        }
        fired.push(...entering(definition, event.to));
        break;
      }
      case 'wizard_field_update': {
        const field = findField(definition, event.field)?.field;
        if (!field) break;
        fired.push({
          trigger: 'optionSet.onChange',
          target: { kind: 'option_set', field: event.field },
          payload: { field: event.field, value: event.value },
        });
        if (isSelectType(field.type)) fired.push(...optionChanges(event.field, event.previous, event.value));
        break;
      }
      case 'wizard_complete':
        fired.push({ trigger: 'wizard.onComplete', target: { kind: 'wizard' }, payload: {} });
        break;
      case 'option_set_applied':
        fired.push({
          trigger: 'optionSet.onApply',
          target: { kind: 'option_set', field: event.option_set },
          payload: { field: event.option_set, button: event.field, value: event.value ?? null },
        });
        break;
      default:
        break;
    }
  }
  return fired;
}

function sameTarget(a: EventTarget, b: EventTarget): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'step' && b.kind === 'step') return a.step_id === b.step_id;
  if (a.kind === 'option_set' && b.kind === 'option_set') return a.field === b.field;
  if (a.kind === 'option' && b.kind === 'option') return a.field === b.field && a.value === b.value;
  return true;
}

/**
 * The wizard's enabled event bindings that the fired triggers match (same trigger, same target) and whose
 * JSON Logic `conditions` hold on the run's values after the events, each with its firing's payload. Pure.
 */
export function firedEvents(
  definition: WizardDefinition,
  events: readonly RunEvent[],
  state: RunState | null,
): FiredEvent[] {
  const bindings = (definition.events ?? []).filter((b) => b.enabled);
  if (bindings.length === 0) return [];
  const values = state?.values ?? {};
  const matched: FiredEvent[] = [];
  for (const fired of firedTriggers(definition, events))
    for (const binding of bindings)
      if (
        binding.trigger === fired.trigger &&
        sameTarget(binding.target, fired.target) &&
        (!binding.conditions || evaluateCondition(binding.conditions, values))
      )
        matched.push({ binding, payload: { trigger: fired.trigger, ...fired.payload } });
  return matched;
}
