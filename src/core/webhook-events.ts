/** The run events a webhook endpoint can subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['run.completed', 'run.abandoned', 'run.step_completed'] as const;

/** A run event a webhook endpoint can subscribe to (see WEBHOOK_EVENT_TYPES). */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The states of a webhook delivery. */
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

/** `pending` while attempts remain; `failed` after a non-retryable answer or 24 h of retries. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
