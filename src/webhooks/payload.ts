import type { RunEvent } from '../core/events/run-events.js';
import type { RunState } from '../core/wizard/run-state.js';
import type { WebhookEventType } from '../db/schema-webhooks.js';
import { runFileUrl, storedFileUrl } from '../runs/run-files.js';

/**
 * Webhook messages: what a run event becomes on the wire. Every message is
 * `{ type, timestamp, data }` (the Standard Webhooks payload structure) with `data.run_id`, `wizard_id`,
 * `wizard_version`, `status`, `values` and the event's own fields.
 */

/** A message as stored in a delivery and sent as the request body. */
export interface WebhookMessage {
  type: WebhookEventType | 'webhook.test';
  /** When the event happened (ISO 8601). */
  timestamp: string;
  data: Record<string, unknown>;
}

/** The webhook event a run event gives, or null: completion, abandonment, and a `next` step change. */
export function webhookTypeOf(event: RunEvent): WebhookEventType | null {
  if (event.type === 'wizard_complete') return 'run.completed';
  if (event.type === 'wizard_abandon') return 'run.abandoned';
  if (event.type === 'wizard_step_change' && event.direction === 'next') return 'run.step_completed';
  return null;
}

/** The run as the webhook describes it (from the runs row and the state after the append). */
export interface RunSnapshot {
  runId: string;
  wizardId: string;
  wizardVersion: number;
  channel: string;
  metadata: Record<string, unknown>;
  state: Pick<RunState, 'status' | 'values' | 'current_step_id' | 'started_at'> & { completed_at?: string };
}

function absoluteFileRef(value: unknown, publicUrl: string): unknown {
  if (Array.isArray(value)) return value.map((item) => absoluteFileRef(item, publicUrl));
  const stored = storedFileUrl(value);
  return stored
    ? { ...(value as object), url: new URL(runFileUrl(stored.runId, stored.fileId), publicUrl).href }
    : value;
}

/**
 * `values` with the url of every stored run file (`/api/v1/runs/:id/files/:fileId`, in a file value or a
 * list of them) made absolute against `publicUrl` (PUBLIC_URL), so a webhook receiver can fetch it (with an
 * API key). Other values, and every value when `publicUrl` is undefined, are returned as they are.
 */
export function withAbsoluteFileUrls(
  values: Record<string, unknown>,
  publicUrl: string | undefined,
): Record<string, unknown> {
  if (!publicUrl) return values;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, absoluteFileRef(v, publicUrl)]));
}

/**
 * Builds the message for a run event that has a webhook type (see webhookTypeOf); with `publicUrl`, stored
 * file urls in its values are absolute (see withAbsoluteFileUrls).
 */
export function runMessage(
  type: WebhookEventType,
  event: RunEvent,
  run: RunSnapshot,
  publicUrl?: string,
): WebhookMessage {
  const data: Record<string, unknown> = {
    run_id: run.runId,
    wizard_id: run.wizardId,
    wizard_version: run.wizardVersion,
    status: run.state.status,
    values: run.state.values,
    current_step_id: run.state.current_step_id,
    channel: run.channel,
    metadata: run.metadata,
    started_at: run.state.started_at,
  };
  if (event.type === 'wizard_complete') {
    data.values = event.values;
    data.completed_at = run.state.completed_at ?? event.at;
  } else if (event.type === 'wizard_abandon') {
    if (event.reason) data.reason = event.reason;
  } else if (event.type === 'wizard_step_change') {
    data.step_id = event.from;
    data.next_step_id = event.to;
  }
  data.values = withAbsoluteFileUrls(data.values as Record<string, unknown>, publicUrl);
  return { type, timestamp: event.at, data };
}

/** The message of a test event sent from the API. */
export function testMessage(wizardId: string, endpointId: string, now: Date): WebhookMessage {
  return {
    type: 'webhook.test',
    timestamp: now.toISOString(),
    data: { wizard_id: wizardId, endpoint_id: endpointId, message: 'a test event from Guidepost' },
  };
}
