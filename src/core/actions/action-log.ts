import { z } from 'zod';

/** How one attempt of an action ended. */
export const ACTION_LOG_STATUSES = ['succeeded', 'failed', 'skipped'] as const;
export type ActionLogStatus = (typeof ACTION_LOG_STATUSES)[number];

/**
 * One attempt of one action of a run, as `GET /api/v1/runs/:id/action-logs` answers it and the web app reads
 * it: one zod schema for both. `input`/`output` are what the action was given and gave back; `duration_ms`
 * is milliseconds; `created_at` is ISO 8601.
 */
export const ActionLogSchema = z.object({
  id: z.string(),
  event_id: z.string(),
  action_id: z.string(),
  action_type: z.string(),
  trigger: z.string(),
  status: z.enum(ACTION_LOG_STATUSES),
  input: z.unknown(),
  output: z.unknown(),
  error: z.string().nullable(),
  attempt: z.number().int(),
  duration_ms: z.number().int(),
  created_at: z.string(),
});
export type ActionLog = z.infer<typeof ActionLogSchema>;
