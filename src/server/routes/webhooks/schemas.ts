import { z } from 'zod';
import { DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '../../../core/webhook-events.js';
import type { AttemptRecord, DeliveryRecord, EndpointRecord } from '../../../webhooks/service.js';

/** Zod schemas of the webhook API and the mapping of records to their JSON (snake_case, ISO dates). */

export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

export const WizardParams = z.object({ wizardId: z.string().min(1).max(100) });
export const EndpointParams = WizardParams.extend({ endpointId: z.string().min(1).max(100) });
export const DeliveryParams = z.object({ deliveryId: z.string().min(1).max(100) });

const Url = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .max(2048)
  .describe('where deliveries are POSTed');

export const CreateEndpointBody = z.strictObject({
  url: Url,
  description: z.string().max(500).optional(),
  events: z.array(WebhookEventTypeSchema).min(1).describe('the events sent to this endpoint'),
  enabled: z.boolean().optional(),
});

export const UpdateEndpointBody = CreateEndpointBody.partial();

export const EndpointSchema = z.object({
  id: z.string(),
  wizard_id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(WebhookEventTypeSchema),
  enabled: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const CreatedEndpointSchema = EndpointSchema.extend({
  secret: z.string().describe('the Standard Webhooks signing secret (whsec_…): shown only in this answer'),
});

export const AttemptSchema = z.object({
  attempt: z.number().int(),
  started_at: z.string(),
  duration_ms: z.number().int(),
  status_code: z.number().int().nullable(),
  error: z.string().nullable(),
  response_excerpt: z.string().nullable().describe('the first 1 KB of the response body'),
  outcome: z.enum(['success', 'retry', 'failed']),
});

export const DeliverySchema = z.object({
  id: z.string().describe('also the webhook-id header of every attempt'),
  endpoint_id: z.string(),
  run_id: z.string().nullable(),
  event_type: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempt_count: z.number().int(),
  last_status_code: z.number().int().nullable(),
  next_attempt_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

export const DeliveryWithAttemptsSchema = DeliverySchema.extend({ attempts: z.array(AttemptSchema) });

export const DeliveriesQuery = z.strictObject({
  status: z.enum(DELIVERY_STATUSES).optional(),
  endpoint_id: z.string().max(100).optional(),
  run_id: z.string().max(100).optional().describe('only the deliveries of this run'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function endpointJson(e: EndpointRecord): z.infer<typeof EndpointSchema> {
  return {
    id: e.id,
    wizard_id: e.wizardId,
    url: e.url,
    description: e.description,
    events: e.events,
    enabled: e.enabled,
    created_at: e.createdAt.toISOString(),
    updated_at: e.updatedAt.toISOString(),
  };
}

export function deliveryJson(d: DeliveryRecord): z.infer<typeof DeliverySchema> {
  return {
    id: d.id,
    endpoint_id: d.endpointId,
    run_id: d.runId,
    event_type: d.eventType,
    status: d.status,
    attempt_count: d.attemptCount,
    last_status_code: d.lastStatusCode,
    next_attempt_at: d.nextAttemptAt?.toISOString() ?? null,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
    payload: d.payload,
  };
}

export function attemptJson(a: AttemptRecord): z.infer<typeof AttemptSchema> {
  return {
    attempt: a.attempt,
    started_at: a.startedAt.toISOString(),
    duration_ms: a.durationMs,
    status_code: a.statusCode,
    error: a.error,
    response_excerpt: a.responseExcerpt,
    outcome: a.outcome,
  };
}
