import { z } from 'zod';
import { ActionLogSchema, type ActionLog } from '../../../src/core/actions/action-log';
import { api } from '../api/http';

export type { ActionLog };

/** The run's action logs, oldest first. Throws ApiProblem (403 below admin). */
export async function fetchActionLogs(runId: string): Promise<ActionLog[]> {
  return z
    .object({ items: z.array(ActionLogSchema) })
    .parse(await api(`/api/v1/runs/${encodeURIComponent(runId)}/action-logs`)).items;
}
