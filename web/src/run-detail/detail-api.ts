import type { Provenance, RunEvent } from '../../../src/core/events/run-events';
import type { RunSnapshot } from '../../../src/core/wizard/snapshot';
import { api } from '../api/http';
import type { RunChannel, RunStatus } from '../run-list/runs-api';

/** `GET /api/v1/runs/:id` as the detail page reads it. */
export interface RunDetail {
  run: {
    id: string;
    wizard_id: string;
    wizard_version: number;
    tenant_id: string;
    status: RunStatus;
    channel: RunChannel;
    visitor_id: string | null;
    user_id: string | null;
    metadata: Record<string, unknown>;
    current_step_id: string | null;
    created_at: string;
    updated_at: string;
    completed_at: string | null;
  };
  /** The signed-in user who started the run; null when there is none or the caller may not see them. */
  started_by?: { id: string; name: string; email: string } | null;
  /** The pinned version's definition (unparsed: see `WizardDefinitionBaseSchema`). */
  definition?: unknown;
  snapshot: RunSnapshot;
  provenance: Record<string, Provenance>;
}

/** One line of a run's conversation with its guide. */
export interface TranscriptEntry {
  seq: number;
  role: 'user' | 'agent';
  text: string;
  at: string;
}

/** One HTTP attempt of a webhook delivery. */
export interface DeliveryAttempt {
  attempt: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  /** The first 1 KB of the receiver's answer. */
  response_excerpt?: string | null;
  outcome: 'success' | 'retry' | 'failed';
}

/** A webhook delivery (of a run, or a test event), with its attempts. */
export interface Delivery {
  id: string;
  endpoint_id: string;
  run_id?: string | null;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempt_count: number;
  last_status_code: number | null;
  next_attempt_at: string | null;
  created_at: string;
  attempts: DeliveryAttempt[];
}

const base = (runId: string) => `/api/v1/runs/${encodeURIComponent(runId)}`;

/** The run with its definition, snapshot and provenance. Throws ApiProblem (404 outside the caller's reach). */
export function fetchRunDetail(runId: string): Promise<RunDetail> {
  return api<RunDetail>(base(runId));
}

/** The run's whole event log, oldest first. Throws ApiProblem. */
export async function fetchRunEvents(runId: string): Promise<Array<{ seq: number; event: RunEvent }>> {
  return (await api<{ events: Array<{ seq: number; event: RunEvent }> }>(`${base(runId)}/events?after_seq=0`))
    .events;
}

/** The run's conversation with its guide, oldest first. Throws ApiProblem. */
export async function fetchTranscript(runId: string): Promise<TranscriptEntry[]> {
  return (await api<{ entries: TranscriptEntry[] }>(`${base(runId)}/transcript`)).entries;
}

/** The webhook deliveries of the run (admins), newest first. Throws ApiProblem. */
export async function fetchRunDeliveries(wizardId: string, runId: string): Promise<Delivery[]> {
  const query = new URLSearchParams({ run_id: runId, limit: '100' });
  return (
    await api<{ items: Delivery[] }>(
      `/api/v1/wizards/${encodeURIComponent(wizardId)}/webhooks/deliveries?${query}`,
    )
  ).items;
}

/** Sends a finished delivery again. Throws ApiProblem (409 while it is still pending). */
export function redeliver(deliveryId: string): Promise<Delivery> {
  return api<Delivery>(`/api/v1/webhook-deliveries/${encodeURIComponent(deliveryId)}/redeliver`, {
    method: 'POST',
  });
}
