import { targetTriggers } from '../../../../src/core/actions/field-triggers';
import {
  ActionSchema,
  EventBindingSchema,
  type Action,
  type ActionType,
  type EventBinding,
  type EventTarget,
  type Trigger,
} from '../../../../src/core/actions/definition';
import { isSelectType, type Field, type WizardDefinition } from '../../../../src/core/wizard/definition';
import type { Selection } from '../selection';

/**
 * Pure edits of a draft's events for the builder's Events panel: which events a selection shows, which
 * targets and triggers it offers, new events and actions with the schema's defaults, and list edits that
 * keep `execution_order` equal to an action's place in its list.
 */

/** What the Events panel is attached to: the wizard, a step (by id) or a field (its option set and options). */
export type EventScope =
  { kind: 'wizard' } | { kind: 'step'; stepId: string } | { kind: 'field'; field: Field };

/** A target the scope offers, with how the builder names it and the triggers it takes. */
export interface TargetChoice {
  target: EventTarget;
  label: string;
  triggers: Trigger[];
}

/** A choice of `target` with the triggers it takes (see targetTriggers). */
function choice(target: EventTarget, label: string, fieldType?: string): TargetChoice {
  return { target, label, triggers: targetTriggers(target, fieldType) };
}

/**
 * The targets a scope offers: the wizard; the step; a field's option set (every field: its answer loads,
 * changes or is applied; an apply_button only applies), then each option of a select field.
 */
export function scopeTargets(scope: EventScope): TargetChoice[] {
  if (scope.kind === 'wizard') return [choice({ kind: 'wizard' }, 'The wizard')];
  if (scope.kind === 'step') return [choice({ kind: 'step', step_id: scope.stepId }, 'This step')];
  const { field } = scope;
  const set = choice(
    { kind: 'option_set', field: field.name },
    isSelectType(field.type) ? 'The options of this field' : 'This field',
    field.type,
  );
  if (!isSelectType(field.type)) return [set];
  return [
    set,
    ...(field.options ?? []).map((o) =>
      choice({ kind: 'option', field: field.name, value: o.value }, `Option “${o.label}”`),
    ),
  ];
}

/** The triggers `target` takes in `draft` (those of its kind when its field is unknown). */
export function triggersOf(draft: WizardDefinition, target: EventTarget): Trigger[] {
  const field =
    target.kind === 'option_set' || target.kind === 'option'
      ? draft.steps.flatMap((s) => s.fields).find((f) => f.name === target.field)
      : undefined;
  return targetTriggers(target, field?.type);
}

/** A key that is equal for equal targets. */
export function targetKey(target: EventTarget): string {
  switch (target.kind) {
    case 'wizard':
      return 'wizard';
    case 'step':
      return `step:${target.step_id}`;
    case 'option_set':
      return `option_set:${target.field}`;
    case 'option':
      return `option:${target.field}:${target.value}`;
  }
}

/** Whether a target names a step, field or option that no longer exists in the draft. */
export function isDetached(draft: WizardDefinition, target: EventTarget): boolean {
  if (target.kind === 'wizard') return false;
  if (target.kind === 'step') return !draft.steps.some((s) => s.id === target.step_id);
  const field = draft.steps.flatMap((s) => s.fields).find((f) => f.name === target.field);
  if (!field) return true;
  if (target.kind === 'option_set') return false;
  return !isSelectType(field.type) || !(field.options ?? []).some((o) => o.value === target.value);
}

/**
 * The events a scope shows, with their index in `draft.events`: those on its targets; the wizard's panel
 * also shows events whose target no longer exists, so they can be fixed or deleted.
 */
export function eventsInScope(
  draft: WizardDefinition,
  scope: EventScope,
): Array<{ event: EventBinding; index: number }> {
  const keys = new Set(scopeTargets(scope).map((c) => targetKey(c.target)));
  return (draft.events ?? [])
    .map((event, index) => ({ event, index }))
    .filter(
      ({ event }) =>
        keys.has(targetKey(event.target)) || (scope.kind === 'wizard' && isDetached(draft, event.target)),
    );
}

/** `base`, or `base_2`, `base_3`, … : the first that is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** A new enabled event on `target` with its first valid trigger, an id unique in the draft and no actions. */
export function newEvent(draft: WizardDefinition, target: EventTarget): EventBinding {
  const trigger = triggersOf(draft, target)[0]!;
  const id = uniqueId(
    'event',
    (draft.events ?? []).map((e) => e.id),
  );
  return EventBindingSchema.parse({ id, name: 'New event', trigger, target });
}

/** What a new action of each type starts with (ids of API configurations and MCP servers: the first known). */
export interface ActionDefaults {
  apiConfigId?: string;
  mcpServerId?: string;
  /** A field `set_field_value` starts with. */
  fieldName?: string;
}

function defaultConfig(type: ActionType, defaults: ActionDefaults): Record<string, unknown> {
  switch (type) {
    case 'api_call':
      return {
        api_config_id: defaults.apiConfigId ?? '',
        method: 'GET',
        path: '',
        query: {},
        headers: {},
        body: 'none',
      };
    case 'mcp_call':
      return { mcp_config_id: defaults.mcpServerId ?? '', tool: '' };
    case 'transform_data':
      return { language: 'jmespath', expression: 'input' };
    case 'set_field_value':
      return { field: defaults.fieldName ?? '', value: '' };
    case 'show_message':
      return { text: 'Done!', level: 'info' };
    case 'navigate':
      return { to: 'next' };
    case 'custom_script':
      return { code: 'return input;', timeout_ms: 1000 };
  }
}

/**
 * A new action of `type` appended to `event`: an id unique in the event (`api_call`, `api_call_2`, …), the
 * schema's defaults and a starting config. Its config may still have problems (e.g. no tool chosen yet).
 */
export function newAction(type: ActionType, event: EventBinding, defaults: ActionDefaults = {}): Action {
  const id = uniqueId(
    type,
    event.actions.map((a) => a.id),
  );
  const parsed = ActionSchema.safeParse({
    id,
    type,
    execution_order: event.actions.length,
    config: defaultConfig(type, defaults),
  });
  if (parsed.success) return parsed.data;
  // A config that needs a choice first (no API configuration, no tool): the defaults, unchecked.
  return {
    id,
    type,
    execution_order: event.actions.length,
    is_async: false,
    input_mapping: {},
    output_handling: { into: 'context' },
    on_error: { strategy: 'stop', retry_count: 0, backoff_ms: 500 },
    config: defaultConfig(type, defaults),
  } as Action;
}

/** The draft with `event` appended. */
export function addEvent(draft: WizardDefinition, event: EventBinding): WizardDefinition {
  return { ...draft, events: [...(draft.events ?? []), event] };
}

/** The draft with the event at `index` replaced. */
export function replaceEvent(draft: WizardDefinition, index: number, event: EventBinding): WizardDefinition {
  const events = [...(draft.events ?? [])];
  events[index] = event;
  return { ...draft, events };
}

/** The draft without the event at `index` (no `events` member once none is left). */
export function removeEvent(draft: WizardDefinition, index: number): WizardDefinition {
  const events = (draft.events ?? []).filter((_, i) => i !== index);
  const next: WizardDefinition = { ...draft, events };
  if (events.length === 0) delete next.events;
  return next;
}

/** `actions` with each `execution_order` set to its place in the list. */
function renumbered(actions: Action[]): Action[] {
  return actions.map((a, i) => (a.execution_order === i ? a : { ...a, execution_order: i }));
}

/** The event with its action at `from` moved to `to`, orders renumbered. */
export function moveAction(event: EventBinding, from: number, to: number): EventBinding {
  const actions = [...event.actions];
  const [moved] = actions.splice(from, 1);
  if (!moved) return event;
  actions.splice(to, 0, moved);
  return { ...event, actions: renumbered(actions) };
}

/** The event with the action at `index` replaced (`null` removes it), orders renumbered. */
export function replaceAction(event: EventBinding, index: number, action: Action | null): EventBinding {
  const actions = [...event.actions];
  if (action) actions[index] = action;
  else actions.splice(index, 1);
  return { ...event, actions: renumbered(actions) };
}

/**
 * The event with its actions listed in the order they run (by `execution_order`, ties in list order, as the
 * reactor sorts them) and numbered 0, 1, 2, …: the list the editor shows and edits.
 */
export function inRunOrder(event: EventBinding): EventBinding {
  const sorted = [...event.actions].sort((a, b) => a.execution_order - b.execution_order);
  const actions = renumbered(sorted);
  return actions.every((a, i) => a === event.actions[i]) ? event : { ...event, actions };
}

/**
 * The builder selection whose Events panel shows the event at `index`: its step, its field (option set and
 * options), or the wizard settings (wizard events, and events whose target no longer exists).
 */
export function eventSelection(draft: WizardDefinition, index: number): Selection {
  const target = draft.events?.[index]?.target;
  if (!target || target.kind === 'wizard' || isDetached(draft, target)) return { kind: 'wizard' };
  for (const [step, s] of draft.steps.entries()) {
    if (target.kind === 'step' && s.id === target.step_id) return { kind: 'step', step };
    const field = target.kind === 'step' ? -1 : s.fields.findIndex((f) => f.name === target.field);
    if (field >= 0) return { kind: 'field', step, field };
  }
  return { kind: 'wizard' };
}
