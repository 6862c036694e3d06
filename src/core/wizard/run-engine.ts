import { createRunEvent, type Actor, type RunEvent } from '../events/run-events.js';
import { isFieldEnabled, isFieldVisible, isStepSkipped } from './conditions.js';
import { isSelectType, type WizardDefinition } from './definition.js';
import { withOptionSet } from './option-sets.js';
import { appliedOptionSet, normaliseFieldValue } from './field-types/index.js';
import {
  allFields,
  findField,
  hasValue,
  missingInStep,
  missingRequired,
  nextOpenStep,
  previousOpenStep,
  pruneHiddenValues,
  skippedBetween,
  stepIndex,
} from './navigation.js';
import { derivedUpdates } from './derive.js';
import { foldRunEvent } from './run-fold.js';
import {
  referenceDateAt,
  REVIEW_STEP_ID,
  RunCommandSchema,
  type CommandContext,
  type RunCommand,
  type RunProblem,
  type RunState,
} from './run-state.js';

/** The outcome of one command: the new state, the events to append, and the problems if it was refused. */
export interface CommandResult {
  state: RunState | null;
  events: RunEvent[];
  problems: RunProblem[];
}

type Decision = { events: RunEvent[]; problems: RunProblem[] };

/**
 * Commands that record what actions did rather than change the answers: accepted on a completed or abandoned
 * run too (a `wizard.onComplete` action shows a message, keeps its output, or fails after completion).
 */
const RECORDS: ReadonlySet<RunCommand['type']> = new Set([
  'start_action',
  'finish_action',
  'record_action_output',
  'record_action_failure',
  'show_message',
  'show_output',
]);

/**
 * Applies one command to a run: validates it against the definition and the state, and returns the events
 * it produces folded into the new state. Pure: no I/O; the clock comes from `ctx.now`.
 * A refused command yields a `validation_error` event (except `start`) and `problems` naming each field.
 */
export function applyRunCommand(
  definition: WizardDefinition,
  state: RunState | null,
  command: RunCommand,
  ctx: CommandContext,
): CommandResult {
  const now = ctx.now ?? new Date();
  const parsed = RunCommandSchema.safeParse(command);
  const decision: Decision = parsed.success
    ? decide(definition, state, parsed.data, ctx.actor, now)
    : {
        events: [],
        problems: parsed.error.issues.map((i) => ({ message: `${i.path.join('.')}: ${i.message}` })),
      };
  const events = ctx.channel ? decision.events.map((e) => ({ ...e, channel: ctx.channel })) : decision.events;
  let next = state;
  for (const event of events) next = foldRunEvent(definition, next, event);
  return { state: next, events, problems: decision.problems };
}

/** A decision that records one event and refuses nothing. */
function record(event: RunEvent): Decision {
  return { events: [event], problems: [] };
}

function omitType<T extends { type: string }>(command: T): Omit<T, 'type'> {
  const rest: Partial<T> = { ...command };
  delete rest.type;
  return rest as Omit<T, 'type'>;
}

function refuse(
  command: { type: string },
  problems: RunProblem[],
  actor: Actor,
  now: Date,
  extra: { field?: string; value?: unknown } = {},
): Decision {
  const event = createRunEvent('validation_error', { actor, command: command.type, problems, ...extra }, now);
  return { events: [event], problems };
}

function decide(
  definition: WizardDefinition,
  state: RunState | null,
  command: ReturnType<typeof RunCommandSchema.parse>,
  actor: Actor,
  now: Date,
): Decision {
  if (command.type === 'start') {
    if (state) return { events: [], problems: [{ message: 'the run has already started' }] };
    return { events: [startEvent(definition, command, actor, now)], problems: [] };
  }
  if (!state) return { events: [], problems: [{ message: 'the run has not started' }] };
  if (state.status !== 'active' && !RECORDS.has(command.type))
    return refuse(command, [{ message: `the run is ${state.status}` }], actor, now);

  switch (command.type) {
    case 'set_field':
      return decideSetField(definition, state, command, actor, now);
    case 'clear_field': {
      const entry = findField(definition, command.field);
      if (!entry) return refuse(command, [unknownField(definition, command.field)], actor, now);
      if (!hasValue(state.values[command.field])) return { events: [], problems: [] };
      const update = fieldUpdate(definition, state, command.field, null, undefined, actor, now);
      return {
        events: [
          update,
          ...derivedEvents(definition, foldRunEvent(definition, state, update), command.field, now),
        ],
        problems: [],
      };
    }
    case 'next_step': {
      const index = stepIndex(definition, state.current_step_id);
      if (state.current_step_id === REVIEW_STEP_ID)
        return refuse(
          command,
          [{ message: 'this is the review page: complete the wizard or go back' }],
          actor,
          now,
        );
      const missing = missingInStep(definition.steps[index]!, state.values);
      if (missing.length > 0)
        return refuse(
          command,
          missing.map((f) => ({ field: f.name, message: `${f.label} is required` })),
          actor,
          now,
        );
      return stepChange(
        definition,
        state,
        nextOpenStep(definition, index + 1, state.values),
        'next',
        actor,
        now,
      );
    }
    case 'previous_step': {
      if (!definition.settings.allow_back)
        return refuse(command, [{ message: 'this wizard does not allow going back' }], actor, now);
      const index = stepIndex(definition, state.current_step_id);
      const target = previousOpenStep(definition, index - 1, state.values);
      if (!target) return refuse(command, [{ message: 'this is the first step' }], actor, now);
      return stepChange(definition, state, target, 'previous', actor, now);
    }
    case 'go_to_step':
      return decideGoTo(definition, state, command.step_id, actor, now);
    case 'complete': {
      const missing = missingRequired(definition, state.values);
      if (missing.length > 0)
        return refuse(
          command,
          missing.map((f) => ({ field: f.name, message: `${f.label} is required` })),
          actor,
          now,
        );
      const event = createRunEvent('wizard_complete', { actor, values: state.values }, now);
      return { events: [event], problems: [] };
    }
    case 'record_action_output':
      return record(createRunEvent('action_output', { actor, ...omitType(command) }, now));
    case 'record_action_failure':
      return record(createRunEvent('action_failed', { actor, ...omitType(command) }, now));
    case 'start_action':
      return record(createRunEvent('action_started', { actor, ...omitType(command) }, now));
    case 'finish_action':
      return record(createRunEvent('action_finished', { actor, ...omitType(command) }, now));
    case 'apply_option_set':
      return decideApply(definition, state, command.field, actor, now);
    case 'show_message':
      return record(createRunEvent('message_shown', { actor, ...omitType(command) }, now));
    case 'show_output':
      return record(createRunEvent('renderer_output', { actor, ...omitType(command) }, now));
    case 'load_option_set': {
      const entry = findField(definition, command.field);
      if (!entry || !isSelectType(entry.field.type))
        return refuse(
          command,
          [{ field: command.field, message: `"${command.field}" is not a select field` }],
          actor,
          now,
        );
      return record(createRunEvent('option_set_loaded', { actor, ...omitType(command) }, now));
    }
    case 'abandon':
      return {
        events: [createRunEvent('wizard_abandon', { actor, reason: command.reason }, now)],
        problems: [],
      };
  }
}

function startEvent(
  definition: WizardDefinition,
  command: { wizard_version: number; reference_date?: string },
  actor: Actor,
  now: Date,
): RunEvent {
  const referenceDate = command.reference_date ?? now.toISOString().slice(0, 10);
  const ctx = {
    defaultRegion: definition.settings.default_region,
    referenceDate: referenceDateAt(referenceDate),
  };
  const defaults: Record<string, unknown> = {};
  for (const { field } of allFields(definition)) {
    if (field.default === undefined) continue;
    const result = normaliseFieldValue(field, field.default, ctx);
    if (result.ok) defaults[field.name] = result.value;
  }
  const kept = pruneHiddenValues(definition, defaults).values;
  return createRunEvent(
    'wizard_start',
    {
      actor,
      wizard_id: definition.id,
      wizard_version: command.wizard_version,
      step_id: nextOpenStep(definition, 0, kept),
      reference_date: referenceDate,
      defaults: kept,
    },
    now,
  );
}

function decideSetField(
  definition: WizardDefinition,
  state: RunState,
  command: Extract<ReturnType<typeof RunCommandSchema.parse>, { type: 'set_field' }>,
  actor: Actor,
  now: Date,
): Decision {
  const entry = findField(definition, command.field);
  const extra = { field: command.field, value: command.value };
  if (!entry) return refuse(command, [unknownField(definition, command.field)], actor, now, extra);
  const { step } = entry;
  const field = withOptionSet(entry.field, state);
  if (!isFieldVisible(field, state.values) || isStepSkipped(step, state.values))
    return refuse(
      command,
      [{ field: field.name, message: `${field.label} does not apply to your answers` }],
      actor,
      now,
      extra,
    );
  if (!isFieldEnabled(field, state.values))
    return refuse(
      command,
      [{ field: field.name, message: `${field.label} cannot be changed now` }],
      actor,
      now,
      extra,
    );
  const ctx = {
    defaultRegion: definition.settings.default_region,
    referenceDate: referenceDateAt(state.reference_date),
  };
  const result = normaliseFieldValue(field, command.value, ctx);
  if (!result.ok)
    return refuse(
      command,
      [{ field: field.name, message: `${field.label} ${result.message}` }],
      actor,
      now,
      extra,
    );
  if (JSON.stringify(state.values[field.name]) === JSON.stringify(result.value))
    return { events: [], problems: [] };
  const update = fieldUpdate(definition, state, field.name, result.value, command.provenance, actor, now);
  return {
    events: [update, ...derivedEvents(definition, foldRunEvent(definition, state, update), field.name, now)],
    problems: [],
  };
}

function derivedEvents(
  definition: WizardDefinition,
  state: RunState,
  changed: string,
  now: Date,
): RunEvent[] {
  const events: RunEvent[] = [];
  let current = state;
  for (const { field, value } of derivedUpdates(definition, state, changed)) {
    const provenance = {
      source: 'derived' as const,
      extractor: `derive:${findField(definition, field)?.field.derive?.transform}`,
    };
    const event = fieldUpdate(definition, current, field, value, provenance, 'system', now);
    current = foldRunEvent(definition, current, event);
    events.push(event);
  }
  return events;
}

function fieldUpdate(
  definition: WizardDefinition,
  state: RunState,
  name: string,
  value: unknown,
  provenance: RunState['provenance'][string] | undefined,
  actor: Actor,
  now: Date,
): RunEvent {
  const values = { ...state.values };
  if (value === null) delete values[name];
  else values[name] = value;
  const { cleared } = pruneHiddenValues(definition, values);
  return createRunEvent(
    'wizard_field_update',
    { actor, field: name, value, previous: state.values[name] ?? null, provenance, cleared },
    now,
  );
}

function stepChange(
  definition: WizardDefinition,
  state: RunState,
  to: string,
  direction: 'next' | 'previous' | 'jump',
  actor: Actor,
  now: Date,
): Decision {
  const from = state.current_step_id;
  const skipped = skippedBetween(
    definition,
    stepIndex(definition, from),
    stepIndex(definition, to),
    state.values,
  );
  return {
    events: [createRunEvent('wizard_step_change', { actor, from, to, direction, skipped }, now)],
    problems: [],
  };
}

function decideGoTo(
  definition: WizardDefinition,
  state: RunState,
  target: string,
  actor: Actor,
  now: Date,
): Decision {
  const command = { type: 'go_to_step' };
  const to = stepIndex(definition, target);
  if (to < 0) return refuse(command, [{ message: `there is no step "${target}"` }], actor, now);
  if (target === state.current_step_id) return { events: [], problems: [] };
  const step = definition.steps[to];
  if (step && isStepSkipped(step, state.values))
    return refuse(command, [{ message: `step "${step.title}" does not apply to your answers` }], actor, now);
  const from = stepIndex(definition, state.current_step_id);
  if (to > from) {
    const missing = definition.steps.slice(0, to).flatMap((s) => missingInStep(s, state.values));
    if (missing.length > 0)
      return refuse(
        command,
        missing.map((f) => ({ field: f.name, message: `${f.label} is required` })),
        actor,
        now,
      );
  } else if (!definition.settings.allow_back) {
    return refuse(command, [{ message: 'this wizard does not allow going back' }], actor, now);
  }
  return stepChange(definition, state, target, 'jump', actor, now);
}

/** Pressing an apply_button: it must exist, apply to the answers so far and be enabled. */
function decideApply(
  definition: WizardDefinition,
  state: RunState,
  name: string,
  actor: Actor,
  now: Date,
): Decision {
  const command = { type: 'apply_option_set' };
  const entry = findField(definition, name);
  if (!entry) return refuse(command, [unknownField(definition, name)], actor, now, { field: name });
  const { field, step } = entry;
  if (field.type !== 'apply_button')
    return refuse(command, [{ field: name, message: `${field.label} is not a button` }], actor, now, {
      field: name,
    });
  if (
    !isFieldVisible(field, state.values) ||
    isStepSkipped(step, state.values) ||
    !isFieldEnabled(field, state.values)
  )
    return refuse(command, [{ field: name, message: `${field.label} cannot be pressed now` }], actor, now, {
      field: name,
    });
  const optionSet = appliedOptionSet(field);
  return record(
    createRunEvent(
      'option_set_applied',
      { actor, field: name, option_set: optionSet, value: state.values[optionSet] ?? null },
      now,
    ),
  );
}

function unknownField(definition: WizardDefinition, name: string): RunProblem {
  const known = allFields(definition).map((e) => e.field.name);
  return { field: name, message: `there is no field "${name}"; fields are: ${known.join(', ')}` };
}
