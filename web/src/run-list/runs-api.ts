import { api } from '../api/http';
import type { Me } from '../auth/auth-api';

/** A run's status, as the runs API reports it. */
export type RunStatus = 'created' | 'active' | 'completed' | 'abandoned';
/** How a run was started. */
export type RunChannel = 'form' | 'chat' | 'voice' | 'cli' | 'mcp';

/** A run as `GET /api/v1/runs`, `/runs/mine` and `/runs/saved` list it. */
export interface RunRow {
  id: string;
  wizard_id: string;
  wizard_version: number;
  wizard_name: string | null;
  tenant_id: string;
  status: RunStatus;
  channel: RunChannel;
  visitor_id: string | null;
  user_id: string | null;
  metadata: Record<string, unknown>;
  current_step_id: string | null;
  values: Record<string, unknown>;
  last_seq: number;
  /** ISO 8601 times. */
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  /** Required fields answered of those required; null when the run's wizard version cannot be read. */
  progress: { answered: number; required: number; percent: number } | null;
}

/** One page of runs and the cursor of the next (null on the last page). */
export interface RunPage {
  runs: RunRow[];
  next_cursor: string | null;
}

/** A starred run of the caller's store. */
export interface SavedRun {
  note: string;
  saved_at: string;
  run: RunRow;
}

/** A wizard as `GET /api/v1/wizards` lists it (the fields the runs pages use). */
export interface WizardOption {
  id: string;
  name: string;
  slug: string;
}

/** Query key prefixes of the runs pages, for invalidation. */
export const RUNS_KEY = ['runs'] as const;
export const SAVED_KEY = ['runs', 'saved'] as const;

/**
 * Whether the caller sees every run of the active tenant (`GET /runs`: owners, admins, superadmins) rather
 * than only the runs they started (`/runs/mine`).
 */
export function seesAllRuns(me: Me): boolean {
  return !!me.user.superadmin || me.active_tenant.role === 'owner' || me.active_tenant.role === 'admin';
}

/** A page of runs: the tenant's (`all`) or the caller's, with the query string of the filters. Throws ApiProblem. */
export function fetchRunPage(all: boolean, query: URLSearchParams, cursor?: string): Promise<RunPage> {
  const params = new URLSearchParams(query);
  params.set('limit', '25');
  if (cursor) params.set('cursor', cursor);
  return api<RunPage>(`/api/v1/runs${all ? '' : '/mine'}?${params}`);
}

/** The tenant's wizards for the filter (archived ones included: their runs remain). Throws ApiProblem. */
export async function fetchWizardOptions(): Promise<WizardOption[]> {
  const [live, archived] = await Promise.all([
    api<{ items: WizardOption[] }>('/api/v1/wizards?limit=100'),
    api<{ items: WizardOption[] }>('/api/v1/wizards?limit=100&status=archived'),
  ]);
  return [...live.items, ...archived.items].sort((a, b) => a.name.localeCompare(b.name));
}

/** The caller's starred runs, most recently starred first. Throws ApiProblem. */
export async function fetchSavedRuns(): Promise<SavedRun[]> {
  return (await api<{ saved: SavedRun[] }>('/api/v1/runs/saved')).saved;
}

/** Stars a run with a note, or replaces the note of a starred run. Throws ApiProblem. */
export function saveRun(runId: string, note: string): Promise<SavedRun> {
  return api<SavedRun>(`/api/v1/runs/${encodeURIComponent(runId)}/saved`, { method: 'PUT', body: { note } });
}

/** Unstars a run. Throws ApiProblem (404 when it was not starred). */
export function unsaveRun(runId: string): Promise<void> {
  return api<void>(`/api/v1/runs/${encodeURIComponent(runId)}/saved`, { method: 'DELETE' });
}
