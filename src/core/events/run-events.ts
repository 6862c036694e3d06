import { z } from 'zod';
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

/** One choice of a loaded option set (see `option_set_loaded`). */
const LoadedOptionSchema = z.strictObject({ value: z.string(), label: z.string() });

/** An action's output kept in the run's action context under `key`, for later actions and templates. */
export const ActionOutputEventSchema = z.strictObject({
  type: z.literal('action_output'),
  ...base,
  event_id: z.string(),
  action_id: z.string(),
  key: z.string(),
  value: z.unknown(),
});

/** An action failed (after its retries); the run goes on per its `on_error`. */
export const ActionFailedEventSchema = z.strictObject({
  type: z.literal('action_failed'),
  ...base,
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
  renderer: z.string(),
  title: z.string().optional(),
  data: z.unknown(),
});

export const RunEventSchema = z.discriminatedUnion('type', [
  WizardStartEventSchema,
  WizardFieldUpdateEventSchema,
  WizardStepChangeEventSchema,
  WizardCompleteEventSchema,
  WizardAbandonEventSchema,
  ValidationErrorEventSchema,
  ActionOutputEventSchema,
  ActionFailedEventSchema,
  OptionSetLoadedEventSchema,
  MessageShownEventSchema,
  RendererOutputEventSchema,
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
