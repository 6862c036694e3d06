import { z } from 'zod';
import { RendererKindSchema } from '../renderers/kinds.js';
import { RUN_CHANNELS } from '../run-channels.js';

/**
 * Run events: the append-only log a run's state is rebuilt from. Types are noun-verb names; every event
 * is stamped by `createRunEvent`. Each event carries everything needed to replay it without re-validating.
 */

/**
 * Where a stored value came from. `utterance` is the user's words when the guide extracted it; `agent` names
 * the outside AI agent (an MCP client's name) that set it when `source` is `agent`.
 */
export const ProvenanceSchema = z.strictObject({
  source: z.enum(['form', 'guide', 'action', 'agent', 'default', 'derived', 'import']),
  utterance: z.string().optional(),
  agent: z.string().optional(),
  extractor: z.string().optional(),
  /** 0..1; 1 when typed in the form. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * Who caused a command: the visitor through the form, the guide, an action, an outside AI agent (through
 * MCP), or the system.
 */
export const ActorSchema = z.enum(['form', 'guide', 'action', 'agent', 'system']);
export type Actor = z.infer<typeof ActorSchema>;

/**
 * Every event's time and actor; `channel` when the command came through another channel than the run's own
 * (a voice call on a run started in the browser).
 */
const base = { at: z.string().datetime(), actor: ActorSchema, channel: z.enum(RUN_CHANNELS).optional() };

export const WizardStartEventSchema = z.strictObject({
  type: z.literal('wizard_start'),
  ...base,
  wizard_id: z.string(),
  wizard_version: z.number().int().positive(),
  step_id: z.string(),
  reference_date: z.string(),
  defaults: z.record(z.string(), z.unknown()).default({}),
});

/** A field's value changed (`value: null` when cleared). `cleared` lists fields whose conditions no longer hold. */
export const WizardFieldUpdateEventSchema = z.strictObject({
  type: z.literal('wizard_field_update'),
  ...base,
  field: z.string(),
  value: z.unknown(),
  previous: z.unknown().optional(),
  provenance: ProvenanceSchema.optional(),
  cleared: z.array(z.string()).default([]),
});

export const WizardStepChangeEventSchema = z.strictObject({
  type: z.literal('wizard_step_change'),
  ...base,
  from: z.string().nullable(),
  to: z.string(),
  /** "review" is the pseudo-step after the last step. */
  direction: z.enum(['next', 'previous', 'jump']),
  skipped: z.array(z.string()).default([]),
});

export const WizardCompleteEventSchema = z.strictObject({
  type: z.literal('wizard_complete'),
  ...base,
  values: z.record(z.string(), z.unknown()),
});

export const WizardAbandonEventSchema = z.strictObject({
  type: z.literal('wizard_abandon'),
  ...base,
  reason: z.string().optional(),
});

/** A command was refused. Not state-changing; kept in the log so analytics and transcripts see it. */
export const ValidationErrorEventSchema = z.strictObject({
  type: z.literal('validation_error'),
  ...base,
  command: z.string(),
  field: z.string().optional(),
  value: z.unknown().optional(),
  problems: z.array(z.strictObject({ field: z.string().optional(), message: z.string() })),
});

/**
 * One choice of a loaded option set (see `option_set_loaded`); `cells` are its columns' texts for a
 * `dynamic_table` field, by column key.
 */
export const LoadedOptionSchema = z.strictObject({
  value: z.string().min(1).max(200),
  label: z.string().max(200),
  cells: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).optional(),
});
export type LoadedOption = z.infer<typeof LoadedOptionSchema>;

/** An action's output kept in the run's action context under `key`, for later actions and templates. */
export const ActionOutputEventSchema = z.strictObject({
  type: z.literal('action_output'),
  ...base,
  event_id: z.string(),
  action_id: z.string(),
  key: z.string(),
  value: z.unknown(),
});

/**
 * An action began: the player and the guide show its `loading_message` until the `action_finished` or
 * `action_failed` with the same `id`. `async` actions run in a job of the durable queue (see src/jobs).
 */
export const ActionStartedEventSchema = z.strictObject({
  type: z.literal('action_started'),
  ...base,
  id: z.string(),
  event_id: z.string(),
  action_id: z.string(),
  action_type: z.string(),
  loading_message: z.string().optional(),
  async: z.boolean().default(false),
});

/** An action that began (`action_started` with this `id`) succeeded. */
export const ActionFinishedEventSchema = z.strictObject({
  type: z.literal('action_finished'),
  ...base,
  id: z.string(),
  event_id: z.string(),
  action_id: z.string(),
});

/** An action failed (after its retries); the run goes on per its `on_error`. `id`: its `action_started`. */
export const ActionFailedEventSchema = z.strictObject({
  type: z.literal('action_failed'),
  ...base,
  id: z.string().optional(),
  event_id: z.string(),
  action_id: z.string(),
  action_type: z.string(),
  error: z.string(),
});

/** An action loaded the options of a select field (its option set); they replace the definition's. */
export const OptionSetLoadedEventSchema = z.strictObject({
  type: z.literal('option_set_loaded'),
  ...base,
  field: z.string(),
  options: z.array(LoadedOptionSchema),
});

/** A message a `show_message` action shows in the player (toast/banner) and the guide says in chat. */
export const MessageShownEventSchema = z.strictObject({
  type: z.literal('message_shown'),
  ...base,
  text: z.string(),
  level: z.enum(['info', 'success', 'warning', 'error']),
});

/** An action's output shown by an output renderer (`id` = `<event id>.<action id>`; a newer one replaces it). */
export const RendererOutputEventSchema = z.strictObject({
  type: z.literal('renderer_output'),
  ...base,
  id: z.string(),
  renderer: RendererKindSchema,
  title: z.string().optional(),
  data: z.unknown(),
});

/** An `apply_button` was pressed: it fires `optionSet.onApply` of the option set it applies (`option_set`). */
export const OptionSetAppliedEventSchema = z.strictObject({
  type: z.literal('option_set_applied'),
  ...base,
  /** The apply_button field. */
  field: z.string(),
  /** The field whose option set it applies (the button itself when it names none). */
  option_set: z.string(),
  /** That field's value when applied. */
  value: z.unknown().optional(),
});

export const RunEventSchema = z.discriminatedUnion('type', [
  WizardStartEventSchema,
  WizardFieldUpdateEventSchema,
  WizardStepChangeEventSchema,
  WizardCompleteEventSchema,
  WizardAbandonEventSchema,
  ValidationErrorEventSchema,
  ActionOutputEventSchema,
  ActionStartedEventSchema,
  ActionFinishedEventSchema,
  ActionFailedEventSchema,
  OptionSetLoadedEventSchema,
  MessageShownEventSchema,
  RendererOutputEventSchema,
  OptionSetAppliedEventSchema,
]);
export type RunEvent = z.infer<typeof RunEventSchema>;
export type RunEventType = RunEvent['type'];
export type RunEventOf<T extends RunEventType> = Extract<RunEvent, { type: T }>;

/** Builds a run event, stamping `at` with `now` (ISO 8601, UTC). */
export function createRunEvent<T extends RunEventType>(
  type: T,
  payload: Omit<z.input<typeof RunEventSchema> & { type: T }, 'type' | 'at'>,
  now: Date = new Date(),
): RunEventOf<T> {
  return RunEventSchema.parse({ ...payload, type, at: now.toISOString() }) as RunEventOf<T>;
}
