import { api } from '../api/http';
import { runToken } from '../api/run-tokens';

/**
 * Calls a run route (`/api/v1/runs/:id…`) with the run's token when this tab holds one. Kept apart from
 * run-api.ts (which reads wizard definitions with src/core) so the public player's first chunk, which only
 * talks to the guide, loads no engine code.
 */
export function runApi<T>(runId: string, path: string, options: Parameters<typeof api>[1] = {}): Promise<T> {
  return api<T>(`/api/v1/runs/${encodeURIComponent(runId)}${path}`, {
    ...options,
    runToken: runToken(runId),
  });
}
