import { z } from 'zod';

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

const base = { at: z.string().datetime(), actor: ActorSchema };

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

export const RunEventSchema = z.discriminatedUnion('type', [
  WizardStartEventSchema,
  WizardFieldUpdateEventSchema,
  WizardStepChangeEventSchema,
  WizardCompleteEventSchema,
  WizardAbandonEventSchema,
  ValidationErrorEventSchema,
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
