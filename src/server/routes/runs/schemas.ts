import { z } from 'zod';
import { ProvenanceSchema, RunEventSchema } from '../../../core/events/run-events.js';
import {
  BrainKindSchema,
  FieldTypeSchema,
  WizardDefinitionBaseSchema,
} from '../../../core/wizard/definition.js';
import { RUN_CHANNELS } from '../../../core/run-channels.js';
import type { GuideTurn } from '../../../guide/types.js';
import type {
  ListedRun,
  ListedSavedRun,
  RunExportFilter,
  RunListRequest,
  RunSummary,
} from '../../../runs/run-records.js';
import type { RunView } from '../../../runs/run-service.js';

/** Zod schemas of the runs API (requests and responses), and the mappers from service results to them. */

const DateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
/** An ISO 8601 calendar date or date-time (with `Z` or an offset) of years 0001–9999, as PostgreSQL stores. */
const isoDate = z
  .string()
  .refine(
    (s) => DateOrDateTime.safeParse(s).success && !s.startsWith('0000'),
    'must be an ISO 8601 date (YYYY-MM-DD) or date-time (2026-03-02T10:00:00Z) of a year from 0001 to 9999',
  );

export const RunIdParams = z.object({ id: z.string().min(1).max(100) });

export const StartRunBody = z
  .strictObject({
    wizard_id: z.string().max(100).optional(),
    slug: z.string().min(1).max(200).optional(),
    /** The tenant of `slug` for anonymous visitors (default `default`); signed-in callers use their own. */
    tenant: z.string().min(1).max(100).optional(),
    channel: z.enum(['form', 'chat', 'voice']),
    visitor_id: z.string().min(1).max(200).optional(),
    /** UTM parameters, referrer, anything the embedding page wants kept with the run. */
    metadata: z.record(z.string().max(100), z.unknown()).optional(),
    reference_date: z.iso
      .date({ error: 'must be a date that exists, as YYYY-MM-DD' })
      .refine((s) => !s.startsWith('0000'), 'must be a date from the year 0001 on')
      .optional(),
    brain: BrainKindSchema.optional(),
  })
  .refine((b) => (b.wizard_id === undefined) !== (b.slug === undefined), {
    message: 'give exactly one of wizard_id and slug',
    path: ['wizard_id'],
  });

/** The most field values one `PATCH /runs/:id/values` may set. */
export const MAX_VALUES_PER_REQUEST = 500;

export const SetValuesBody = z.strictObject({
  values: z
    .record(z.string().min(1).max(64), z.unknown())
    .refine((v) => Object.keys(v).length > 0, { message: 'give at least one field value' })
    .refine((v) => Object.keys(v).length <= MAX_VALUES_PER_REQUEST, {
      message: `give at most ${MAX_VALUES_PER_REQUEST} field values per request`,
    }),
});

export const NavigateBody = z
  .strictObject({ action: z.enum(['next', 'previous', 'go_to']), step_id: z.string().min(1).optional() })
  .refine((b) => b.action !== 'go_to' || b.step_id !== undefined, {
    message: 'go_to needs a step_id',
    path: ['step_id'],
  });

/** Pressing an apply_button field. */
export const ApplyBody = z.strictObject({ field: z.string().min(1).max(64) });

export const MessageBody = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  brain: BrainKindSchema.optional(),
});

export const AbandonBody = z.strictObject({ reason: z.string().max(500).optional() }).nullish();

export const SaveRunBody = z.strictObject({ note: z.string().max(2000).default('') }).nullish();

export const AfterSeqQuery = z.object({ after_seq: z.coerce.number().int().min(0).default(0) });

export const LiveQuery = AfterSeqQuery.extend({
  run_token: z.string().max(200).optional(),
  /** Also stream the transcript's lines after this seq (0: all of them); absent: events only. */
  after_transcript_seq: z.coerce.number().int().nonnegative().optional(),
});

export const RunListQuery = z.strictObject({
  wizard_id: z.string().max(100).optional(),
  status: z.enum(['created', 'active', 'completed', 'abandoned']).optional(),
  channel: z.enum(RUN_CHANNELS).optional(),
  created_from: isoDate.optional(),
  created_to: isoDate.optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('search: runs whose values, visitor id or run id contain this text (case-insensitive)'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** `GET /runs/export`: the list filters (no cursor, no limit) and the file format. */
export const RunExportQuery = RunListQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['csv', 'json']).default('csv'),
});

export const RunSchema = z.object({
  id: z.string(),
  wizard_id: z.string(),
  wizard_version: z.number().int(),
  tenant_id: z.string(),
  status: z.enum(['created', 'active', 'completed', 'abandoned']),
  channel: z.enum(RUN_CHANNELS),
  visitor_id: z.string().nullable(),
  user_id: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  current_step_id: z.string().nullable(),
  values: z.record(z.string(), z.unknown()),
  last_seq: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  completed_at: z.string().nullable(),
});

const StepViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  instruction: z.string().optional(),
  voice_prompt: z.string().optional(),
  skipped: z.boolean(),
  complete: z.boolean(),
  current: z.boolean(),
});

const FieldViewSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: FieldTypeSchema,
  step_id: z.string(),
  description: z.string().optional(),
  extraction_hints: z.array(z.string()),
  options: z
    .array(z.object({ value: z.string(), label: z.string(), synonyms: z.array(z.string()) }))
    .optional(),
  visible: z.boolean(),
  enabled: z.boolean(),
  required: z.boolean(),
  answered: z.boolean(),
  value: z.unknown().optional(),
  display: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
});

/** A run snapshot (see `snapshotRun`): current step, each field's state, what is missing, progress. */
export const SnapshotSchema = z.object({
  status: z.enum(['active', 'completed', 'abandoned']),
  reference_date: z.string(),
  current_step_id: z.string(),
  is_review: z.boolean(),
  current_step: StepViewSchema.optional(),
  steps: z.array(StepViewSchema),
  fields: z.array(FieldViewSchema),
  values: z.record(z.string(), z.unknown()),
  missing_in_step: z.array(z.string()),
  missing_required: z.array(z.string()),
  progress: z.object({ answered: z.number(), required: z.number(), percent: z.number() }),
});

const RunStarterSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const RunStateSchema = z.object({
  run: RunSchema,
  started_by: RunStarterSchema.nullable()
    .optional()
    .describe(
      "on GET /runs/:id: the signed-in user who started the run, shown to signed-in callers of the run's tenant; null for a run without a user and for callers holding only its run token",
    ),
  definition: WizardDefinitionBaseSchema.optional().describe(
    "the pinned version's wizard definition (on GET /runs/:id and when a run starts)",
  ),
  snapshot: SnapshotSchema,
  values: z.record(z.string(), z.unknown()),
  provenance: z.record(z.string(), ProvenanceSchema),
  last_seq: z.number().int(),
});

export const StartRunResponse = RunStateSchema.extend({
  run_token: z.string().describe('send as X-Run-Token (or ?run_token= on /live and /stream); shown once'),
  greeting: z.string().nullable().describe("the guide's opening line (chat and voice runs)"),
});

export const SetValuesResponse = RunStateSchema.extend({ applied: z.array(z.string()) });

const ToolCallSchema = z.object({
  name: z.string(),
  args: z.record(z.string(), z.unknown()),
  result: z.object({ ok: z.boolean(), message: z.string().optional(), error: z.string().optional() }),
});

export const MessageResponse = z.object({
  reply: z.string(),
  tool_calls: z.array(ToolCallSchema),
  events: z.array(RunEventSchema),
  snapshot: SnapshotSchema,
});

export const StoredEventSchema = z.object({ seq: z.number().int(), event: RunEventSchema });
export const EventsResponse = z.object({ events: z.array(StoredEventSchema), last_seq: z.number().int() });

export const TranscriptResponse = z.object({
  entries: z.array(
    z.object({ seq: z.number().int(), role: z.enum(['user', 'agent']), text: z.string(), at: z.string() }),
  ),
});

const ProgressSchema = z
  .object({ answered: z.number().int(), required: z.number().int(), percent: z.number() })
  .describe("required fields answered / required fields of the run's pinned version");

/** A run in a list: the run, its wizard's name and its progress (null when its version cannot be read). */
export const RunListItemSchema = RunSchema.extend({
  wizard_name: z.string().nullable(),
  progress: ProgressSchema.nullable(),
});

export const RunListResponse = z.object({
  runs: z.array(RunListItemSchema),
  next_cursor: z.string().nullable(),
});

const SavedRunSchema = z.object({ note: z.string(), saved_at: z.string(), run: RunListItemSchema });
export const SavedRunResponse = SavedRunSchema;
export const SavedRunsResponse = z.object({ saved: z.array(SavedRunSchema) });

/** A run row as the API shows it (snake_case, ISO times, never the token hash). */
export function runJson(run: RunSummary): z.infer<typeof RunSchema> {
  return {
    id: run.id,
    wizard_id: run.wizardId,
    wizard_version: run.wizardVersion,
    tenant_id: run.tenantId,
    status: run.status,
    channel: run.channel,
    visitor_id: run.visitorId,
    user_id: run.userId,
    metadata: run.metadata,
    current_step_id: run.currentStepId,
    values: run.values,
    last_seq: run.lastSeq,
    created_at: run.createdAt.toISOString(),
    updated_at: run.updatedAt.toISOString(),
    completed_at: run.completedAt?.toISOString() ?? null,
  };
}

/** A listed run as the API shows it: `runJson` plus the wizard's name and the progress. */
export function runListJson(run: ListedRun): z.infer<typeof RunListItemSchema> {
  return { ...runJson(run), wizard_name: run.wizardName, progress: run.progress };
}

/** A run view as the API shows it; `withDefinition` adds the pinned definition (for clients that render it). */
export function runStateJson(view: RunView, withDefinition = false): z.infer<typeof RunStateSchema> {
  return {
    run: runJson(view.run),
    ...(withDefinition ? { definition: view.definition } : {}),
    snapshot: view.snapshot,
    values: view.snapshot.values,
    provenance: view.provenance,
    last_seq: view.lastSeq,
  };
}

/** A guide turn as the API shows it: tool results without their (repeated) snapshots. */
export function turnJson(turn: GuideTurn): z.infer<typeof MessageResponse> {
  return {
    reply: turn.reply,
    tool_calls: turn.tool_calls.map((c) => ({
      name: c.name,
      args: c.args,
      result: c.result.ok ? { ok: true, message: c.result.message } : { ok: false, error: c.result.error },
    })),
    events: turn.events,
    snapshot: turn.snapshot,
  };
}

/** A saved run as the API shows it, with the run's progress. */
export function savedRunJson(saved: ListedSavedRun): z.infer<typeof SavedRunSchema> {
  return { note: saved.note, saved_at: saved.savedAt.toISOString(), run: runListJson(saved.run) };
}

/** The export filter of a query, in the caller's tenant. */
export function exportFilterOf(
  query: Omit<z.infer<typeof RunListQuery>, 'cursor' | 'limit'>,
  tenantId: string,
): RunExportFilter {
  return {
    tenantId,
    wizardId: query.wizard_id,
    status: query.status,
    channel: query.channel,
    createdFrom: query.created_from ? new Date(query.created_from) : undefined,
    createdTo: query.created_to ? new Date(query.created_to) : undefined,
    q: query.q,
  };
}

/** The listing filter of a query, in the caller's tenant (the cursor stays opaque: RunRecords.list reads it). */
export function filterOf(query: z.infer<typeof RunListQuery>, tenantId: string): RunListRequest {
  return { ...exportFilterOf(query, tenantId), cursor: query.cursor, limit: query.limit };
}
