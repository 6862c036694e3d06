import { z } from 'zod';
import { RendererKindSchema } from '../renderers/kinds.js';
import { JsonLogicSchema } from '../wizard/json-logic.js';
import { ActionHeadersSchema } from './http-headers.js';

/**
 * Events and actions of a wizard definition (the seed's "action system"): an event binds a trigger on a
 * target (the wizard, a step, a field's option set, an option) to an ordered list of actions. Stored in the
 * definition, so they are versioned, exported, imported and validated with it, in browser and server alike.
 */

/** The twelve triggers, with the seed's names. */
export const TRIGGERS = [
  'wizard.onStart',
  'wizard.onComplete',
  'step.onEntry',
  'step.onExit',
  'step.onValidate',
  'optionSet.onLoad',
  'optionSet.onChange',
  'optionSet.onApply',
  'option.onClick',
  'option.onSelect',
  'option.onDeselect',
  'option.onChange',
] as const;
export const TriggerSchema = z.enum(TRIGGERS);
export type Trigger = z.infer<typeof TriggerSchema>;

/** The seven action types. */
export const ACTION_TYPES = [
  'api_call',
  'mcp_call',
  'transform_data',
  'set_field_value',
  'show_message',
  'navigate',
  'custom_script',
] as const;
export const ActionTypeSchema = z.enum(ACTION_TYPES);
export type ActionType = z.infer<typeof ActionTypeSchema>;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: a lowercase letter, then lowercase letters, digits or _')
  .max(64);

/**
 * What to do when an action fails: `continue` with the next action, `stop` the event's remaining actions,
 * or `retry` up to `retry_count` times, waiting `backoff_ms` doubled each time.
 */
export const OnErrorSchema = z.strictObject({
  strategy: z.enum(['continue', 'stop', 'retry']).default('stop'),
  retry_count: z.number().int().min(0).max(10).default(0),
  backoff_ms: z.number().int().min(0).max(60_000).default(500),
});
export type OnError = z.infer<typeof OnErrorSchema>;

/**
 * Where an action's output goes: a field's value (`field`), a select or dynamic_table field's options
 * (`option_set`, with the paths of each item's label and value, and of a table's cells), an output renderer shown in the player and said by the guide
 * (`renderer`), or the run's action context under `key` for later actions (`context`, the default).
 * `path` (JMESPath) picks the part of the output to use.
 */
export const OutputHandlingSchema = z.discriminatedUnion('into', [
  z.strictObject({ into: z.literal('context'), key: id.optional(), path: z.string().max(500).optional() }),
  z.strictObject({ into: z.literal('field'), field: id, path: z.string().max(500).optional() }),
  z.strictObject({
    into: z.literal('option_set'),
    field: id,
    path: z.string().max(500).optional(),
    label_path: z.string().max(200).default('label'),
    value_path: z.string().max(200).default('value'),
    /** For a `dynamic_table` field: each column's key (as in the field's `settings.columns`) and its path in an item. */
    columns: z
      .array(z.strictObject({ key: id, path: z.string().min(1).max(200) }))
      .max(20)
      .optional(),
  }),
  z.strictObject({
    into: z.literal('renderer'),
    renderer: RendererKindSchema,
    title: z.string().max(200).optional(),
    path: z.string().max(500).optional(),
  }),
]);
export type OutputHandling = z.infer<typeof OutputHandlingSchema>;

/** Fields every action has. `input_mapping` values are liquidjs templates (`{{ run.values.email }}`). */
const actionBase = {
  id,
  name: z.string().max(200).optional(),
  execution_order: z.number().int().min(0).default(0),
  is_async: z.boolean().default(false),
  input_mapping: z.record(z.string().max(64), z.string().max(10_000)).default({}),
  output_handling: OutputHandlingSchema.default({ into: 'context' }),
  on_error: OnErrorSchema.default({ strategy: 'stop', retry_count: 0, backoff_ms: 500 }),
  loading_message: z.string().max(300).optional(),
};

/** One action, by type. The `config` of each type says what it does; inputs come from `input_mapping`. */
export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...actionBase,
    type: z.literal('api_call'),
    config: z.strictObject({
      /** The tenant's API configuration (base URL, auth, headers, timeout) by id. */
      api_config_id: z.string().min(1).max(100),
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
      /** A path after the configuration's base URL; a liquid template. */
      path: z.string().max(2000).default(''),
      /** Query parameters (liquid templates). */
      query: z.record(z.string().max(100), z.string().max(2000)).default({}),
      /** Headers of this action (liquid templates), after the configuration's defaults; see ActionHeadersSchema. */
      headers: ActionHeadersSchema.default({}),
      /** The JSON body: `input` (the mapped inputs) or none. */
      body: z.enum(['input', 'none']).default('input'),
    }),
  }),
  z.strictObject({
    ...actionBase,
    type: z.literal('mcp_call'),
    config: z.strictObject({
      mcp_config_id: z.string().min(1).max(100),
      tool: z.string().min(1).max(200),
    }),
  }),
  z.strictObject({
    ...actionBase,
    type: z.literal('transform_data'),
    config: z.strictObject({
      language: z.enum(['jmespath', 'javascript']),
      /** A JMESPath expression over the input, or a JavaScript function body that returns the output. */
      expression: z.string().min(1).max(20_000),
    }),
  }),
  z.strictObject({
    ...actionBase,
    type: z.literal('set_field_value'),
    config: z.strictObject({
      field: id,
      /** A liquid template; its text is the value (JSON when it parses as JSON). */
      value: z.string().max(10_000),
    }),
  }),
  z.strictObject({
    ...actionBase,
    type: z.literal('show_message'),
    config: z.strictObject({
      /** A liquid template. */
      text: z.string().min(1).max(2000),
      level: z.enum(['info', 'success', 'warning', 'error']).default('info'),
    }),
  }),
  z.strictObject({
    ...actionBase,
    type: z.literal('navigate'),
    config: z.strictObject({
      to: z.enum(['next', 'previous', 'step']),
      step_id: id.optional(),
    }),
  }),
  z.strictObject({
    ...actionBase,
    type: z.literal('custom_script'),
    config: z.strictObject({
      /** A JavaScript function body; `input` holds the mapped inputs; it returns JSON. */
      code: z.string().min(1).max(50_000),
      /** Deadline in ms (default 1000). */
      timeout_ms: z.number().int().min(10).max(30_000).default(1000),
    }),
  }),
]);
export type Action = z.infer<typeof ActionSchema>;
export type ActionInput = z.input<typeof ActionSchema>;

/**
 * What an event is attached to: the wizard, a step, a field (its option set) or one option of a field.
 * Which target a trigger needs is checked by `eventProblems`.
 */
export const EventTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('wizard') }),
  z.strictObject({ kind: z.literal('step'), step_id: id }),
  z.strictObject({ kind: z.literal('option_set'), field: id }),
  z.strictObject({ kind: z.literal('option'), field: id, value: z.string().min(1).max(200) }),
]);
export type EventTarget = z.infer<typeof EventTargetSchema>;

/** An event: when `trigger` fires on `target` and `conditions` (JSON Logic over values) hold, run `actions`. */
export const EventBindingSchema = z.strictObject({
  id,
  name: z.string().min(1).max(200),
  trigger: TriggerSchema,
  target: EventTargetSchema.default({ kind: 'wizard' }),
  enabled: z.boolean().default(true),
  conditions: JsonLogicSchema.optional(),
  actions: z.array(ActionSchema).max(50).default([]),
});
export type EventBinding = z.infer<typeof EventBindingSchema>;
export type EventBindingInput = z.input<typeof EventBindingSchema>;

/** The target kind each trigger's family needs. */
export const TRIGGER_TARGETS: Record<Trigger, EventTarget['kind']> = {
  'wizard.onStart': 'wizard',
  'wizard.onComplete': 'wizard',
  'step.onEntry': 'step',
  'step.onExit': 'step',
  'step.onValidate': 'step',
  'optionSet.onLoad': 'option_set',
  'optionSet.onChange': 'option_set',
  'optionSet.onApply': 'option_set',
  'option.onClick': 'option',
  'option.onSelect': 'option',
  'option.onDeselect': 'option',
  'option.onChange': 'option',
};
