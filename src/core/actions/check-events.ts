import { isSelectType, type WizardDefinition } from '../wizard/definition.js';
import { TRIGGER_TARGETS, type Action, type EventTarget, type Trigger } from './definition.js';
import { optionSetTriggers } from './field-triggers.js';

/** A problem found in a definition's events: where (a JSON path such as `events.0.target`) and what. */
export interface EventProblem {
  path: string;
  message: string;
}

/**
 * Checks the cross-references of a definition's events: unique event ids and action ids per event, a target
 * of the kind its trigger needs, targets and actions that name existing steps, fields (select or
 * dynamic_table fields for options) and
 * option values. An option set is any field, with the triggers its type takes (see optionSetTriggers); options
 * belong to select and dynamic_table fields. Conditions are checked with the other JSON Logic (see
 * parseWizardDefinition). Pure; returns every problem.
 */
export function eventProblems(definition: WizardDefinition): EventProblem[] {
  const problems: EventProblem[] = [];
  const add = (path: Array<string | number>, message: string) =>
    problems.push({ path: path.join('.'), message });
  const steps = new Set(definition.steps.map((s) => s.id));
  const fields = new Map(definition.steps.flatMap((s) => s.fields.map((f) => [f.name, f] as const)));
  const eventIds = new Set<string>();
  (definition.events ?? []).forEach((event, ei) => {
    const at = ['events', ei];
    if (eventIds.has(event.id)) add([...at, 'id'], `duplicate event id "${event.id}"`);
    eventIds.add(event.id);
    const kind = TRIGGER_TARGETS[event.trigger];
    if (event.target.kind !== kind)
      add(
        [...at, 'target'],
        `${event.trigger} is attached to ${article(kind)}, not ${article(event.target.kind)}`,
      );
    else checkTarget(event.target, event.trigger, [...at, 'target'], steps, fields, add);
    const actionIds = new Set<string>();
    event.actions.forEach((action, ai) => {
      const where = [...at, 'actions', ai];
      if (actionIds.has(action.id)) add([...where, 'id'], `duplicate action id "${action.id}"`);
      actionIds.add(action.id);
      checkAction(action, where, steps, fields, add);
    });
  });
  return problems;
}

function article(kind: EventTarget['kind']): string {
  return { wizard: 'the wizard', step: 'a step', option_set: "a field's option set", option: 'an option' }[
    kind
  ];
}

type Fields = Map<string, { type: string; options?: Array<{ value: string }> }>;
type Add = (path: Array<string | number>, message: string) => void;

function checkTarget(
  target: EventTarget,
  trigger: Trigger,
  at: Array<string | number>,
  steps: Set<string>,
  fields: Fields,
  add: Add,
) {
  if (target.kind === 'step' && !steps.has(target.step_id))
    add([...at, 'step_id'], `refers to unknown step "${target.step_id}"`);
  if (target.kind !== 'option_set' && target.kind !== 'option') return;
  const field = fields.get(target.field);
  if (!field) return add([...at, 'field'], `refers to unknown field "${target.field}"`);
  if (target.kind === 'option_set') {
    if (!optionSetTriggers(field.type).includes(trigger))
      add(
        [...at, 'field'],
        `"${target.field}" is of type ${field.type}: it takes ${optionSetTriggers(field.type).join(', ')} only`,
      );
    return;
  }
  if (!isSelectType(field.type))
    return add(
      [...at, 'field'],
      `"${target.field}" is a ${field.type} field, not a select field: it has no options`,
    );
  if (target.kind === 'option' && !field.options?.some((o) => o.value === target.value))
    add([...at, 'value'], `"${target.field}" has no option "${target.value}"`);
}

function checkAction(
  action: Action,
  at: Array<string | number>,
  steps: Set<string>,
  fields: Fields,
  add: Add,
) {
  if (action.type === 'set_field_value' && !fields.has(action.config.field))
    add([...at, 'config', 'field'], `refers to unknown field "${action.config.field}"`);
  if (action.type === 'navigate' && action.config.to === 'step') {
    if (!action.config.step_id) add([...at, 'config', 'step_id'], 'navigating to a step needs its step_id');
    else if (!steps.has(action.config.step_id))
      add([...at, 'config', 'step_id'], `refers to unknown step "${action.config.step_id}"`);
  }
  const output = action.output_handling;
  if ((output.into === 'field' || output.into === 'option_set') && !fields.has(output.field))
    add([...at, 'output_handling', 'field'], `refers to unknown field "${output.field}"`);
  else if (output.into === 'option_set' && !isSelectType(fields.get(output.field)!.type))
    add([...at, 'output_handling', 'field'], `"${output.field}" is not a select field: it has no option set`);
}
