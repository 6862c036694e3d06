import { z } from 'zod';
import type { RunChannel } from '../run-channels.js';
import {
  ActorSchema,
  LoadedOptionSchema,
  ProvenanceSchema,
  type LoadedOption,
  type Provenance,
} from '../events/run-events.js';
import { RendererKindSchema, type RendererKind } from '../renderers/kinds.js';

/** The pseudo-step id of the review page that follows the last step. */
export const REVIEW_STEP_ID = '__review__';

/** A run's reference date (YYYY-MM-DD) as a Date at local noon: noon keeps the calendar day in any time zone. */
export function referenceDateAt(referenceDate: string): Date {
  return new Date(`${referenceDate}T12:00:00`);
}

export type RunStatus = 'active' | 'completed' | 'abandoned';

/**
 * A run's state, rebuilt by folding its events (`replayRunEvents`). `values` hold canonical values of
 * visible, answered fields only; `provenance` says where each came from.
 */
export interface RunState {
  wizard_id: string;
  wizard_version: number;
  status: RunStatus;
  /** A step id of the definition, or REVIEW_STEP_ID. */
  current_step_id: string;
  values: Record<string, unknown>;
  provenance: Record<string, Provenance>;
  /** Step ids in the order they were entered (the back stack). */
  history: string[];
  reference_date: string;
  started_at: string;
  updated_at: string;
  completed_at?: string;
  /** Number of events folded so far. */
  event_count: number;
  /** Outputs actions kept for later actions (`action_output`), by key. */
  action_context?: Record<string, unknown>;
  /** Options loaded by actions into select fields (`option_set_loaded`), by field name. */
  option_sets?: Record<string, LoadedOption[]>;
  /** What output renderers show (`renderer_output`), by renderer id, in the order first shown. */
  outputs?: Record<string, { renderer: RendererKind; title?: string; data: unknown }>;
  /** Actions under way (`action_started` not yet finished or failed), by start id. */
  running_actions?: Record<string, RunningAction>;
}

/** An action under way: what it is and the message shown while it runs. */
export interface RunningAction {
  event_id: string;
  action_id: string;
  action_type: string;
  loading_message?: string;
  async: boolean;
  started_at: string;
}

/** Commands the run engine accepts; each is validated and turns into zero or more run events. */
export const RunCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'),
    wizard_version: z.number().int().positive().default(1),
    reference_date: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('set_field'),
    field: z.string().min(1),
    value: z.unknown(),
    provenance: ProvenanceSchema.optional(),
  }),
  z.strictObject({ type: z.literal('clear_field'), field: z.string().min(1) }),
  z.strictObject({ type: z.literal('next_step') }),
  z.strictObject({ type: z.literal('previous_step') }),
  z.strictObject({ type: z.literal('go_to_step'), step_id: z.string().min(1) }),
  z.strictObject({ type: z.literal('complete') }),
  z.strictObject({ type: z.literal('abandon'), reason: z.string().max(500).optional() }),
  // The effects of actions (src/actions), recorded as commands like every other change.
  z.strictObject({
    type: z.literal('record_action_output'),
    event_id: z.string(),
    action_id: z.string(),
    key: z.string().min(1).max(64),
    value: z.unknown(),
  }),
  z.strictObject({
    type: z.literal('start_action'),
    id: z.string().min(1).max(100),
    event_id: z.string(),
    action_id: z.string(),
    action_type: z.string(),
    loading_message: z.string().max(300).optional(),
    async: z.boolean().default(false),
  }),
  z.strictObject({
    type: z.literal('finish_action'),
    id: z.string().min(1).max(100),
    event_id: z.string(),
    action_id: z.string(),
  }),
  z.strictObject({
    type: z.literal('record_action_failure'),
    id: z.string().max(100).optional(),
    event_id: z.string(),
    action_id: z.string(),
    action_type: z.string(),
    error: z.string().max(2000),
  }),
  z.strictObject({
    type: z.literal('load_option_set'),
    field: z.string().min(1),
    options: z.array(LoadedOptionSchema).max(1000),
  }),
  /** Presses an `apply_button` field (fires `optionSet.onApply`). */
  z.strictObject({ type: z.literal('apply_option_set'), field: z.string().min(1) }),
  z.strictObject({
    type: z.literal('show_message'),
    text: z.string().min(1).max(2000),
    level: z.enum(['info', 'success', 'warning', 'error']).default('info'),
  }),
  z.strictObject({
    type: z.literal('show_output'),
    id: z.string().min(1).max(200),
    renderer: RendererKindSchema,
    title: z.string().max(200).optional(),
    data: z.unknown(),
  }),
]);
export type RunCommand = z.input<typeof RunCommandSchema>;

/**
 * Options of one command: who issued it, the channel it came through when that is not the run's own (a voice
 * call on a run started in the browser: `voice`, stamped on its events), and the clock.
 */
export interface CommandContext {
  actor: z.infer<typeof ActorSchema>;
  channel?: RunChannel;
  now?: Date;
}

/** A problem with a command, in words a person understands. `field` names the field when there is one. */
export interface RunProblem {
  field?: string;
  message: string;
}
