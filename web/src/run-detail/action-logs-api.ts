import { z } from 'zod';
import { api } from '../api/http';

const ActionLogSchema = z.object({
  id: z.string(),
  event_id: z.string(),
  action_id: z.string(),
  action_type: z.string(),
  trigger: z.string(),
  status: z.enum(['succeeded', 'failed', 'skipped']),
  input: z.unknown(),
  output: z.unknown(),
  error: z.string().nullable(),
  attempt: z.number(),
  duration_ms: z.number(),
  created_at: z.string(),
});
/** One attempt of one action of a run (`GET /api/v1/runs/:id/action-logs`, admins). */
export type ActionLog = z.infer<typeof ActionLogSchema>;

/** The run's action logs, oldest first. Throws ApiProblem (403 below admin). */
export async function fetchActionLogs(runId: string): Promise<ActionLog[]> {
  return z
    .object({ items: z.array(ActionLogSchema) })
    .parse(await api(`/api/v1/runs/${encodeURIComponent(runId)}/action-logs`)).items;
}
