import { eq } from 'drizzle-orm';
import type { RunEvent } from '../core/events/run-events.js';
import type { RunState } from '../core/wizard/run-state.js';
import type { Db } from '../db/client.js';
import type { AppendHook } from '../db/runs.js';
import { runs } from '../db/schema.js';
import type { WebhookEventType } from '../db/schema-webhooks.js';
import { insertDeliveries, type NewDelivery } from '../db/webhook-deliveries.js';
import { subscribedEndpoints } from '../db/webhooks.js';
import type { JobQueue } from '../db/queue.js';
import { enqueueDeliveryAttempt } from './delivery.js';
import { runMessage, webhookTypeOf, type RunSnapshot } from './payload.js';

/**
 * The webhook outbox: an AppendHook that, in the transaction appending run events, turns each event with a
 * webhook type into a pending delivery per subscribed endpoint and enqueues its first attempt in the same
 * transaction. So a run's events and their deliveries are stored together or not at all, and a crash after the
 * commit loses no delivery (the queue is durable too). Appends without completion, abandonment or a `next`
 * step change cost nothing. With `publicUrl` (PUBLIC_URL) the messages carry absolute urls of stored files.
 */
export function webhookOutboxHook(queue: JobQueue, publicUrl?: string): AppendHook {
  return ({ runId, events, state }) => {
    const typed = events
      .map(({ event }) => ({ event, type: webhookTypeOf(event) }))
      .filter((e): e is { event: RunEvent; type: WebhookEventType } => e.type !== null);
    if (typed.length === 0) return null;
    return { inTransaction: (tx) => enqueueDeliveries(tx, queue, runId, typed, state, publicUrl) };
  };
}

/** Inserts the pending deliveries of `typed` events for every subscribed endpoint and enqueues their first attempts. */
async function enqueueDeliveries(
  tx: Db,
  queue: JobQueue,
  runId: string,
  typed: ReadonlyArray<{ event: RunEvent; type: WebhookEventType }>,
  state: RunState | null,
  publicUrl: string | undefined,
): Promise<void> {
  const [run] = await tx.select().from(runs).where(eq(runs.id, runId));
  if (!run) return;
  const endpoints = await subscribedEndpoints(
    tx,
    run.tenantId,
    run.wizardId,
    typed.map((e) => e.type),
  );
  if (endpoints.length === 0) return;
  const snapshot: RunSnapshot = {
    runId,
    wizardId: run.wizardId,
    wizardVersion: run.wizardVersion,
    channel: run.channel,
    metadata: (run.metadata ?? {}) as Record<string, unknown>,
    state: state ?? {
      status: run.status as RunSnapshot['state']['status'],
      values: (run.values ?? {}) as Record<string, unknown>,
      current_step_id: run.currentStepId ?? '',
      started_at: run.createdAt.toISOString(),
      ...(run.completedAt ? { completed_at: run.completedAt.toISOString() } : {}),
    },
  };
  const rows: NewDelivery[] = [];
  for (const { event, type } of typed) {
    const message = runMessage(type, event, snapshot, publicUrl);
    for (const endpoint of endpoints)
      if (endpoint.events.includes(type))
        rows.push({
          tenantId: run.tenantId,
          endpointId: endpoint.id,
          runId,
          eventType: type,
          payload: { ...message },
        });
  }
  const ids = await insertDeliveries(tx, rows);
  for (const id of ids) await enqueueDeliveryAttempt(queue, id, 1, { tx });
}
