import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../../src/core/webhook-events';
import { api } from '../api/http';
import type { Delivery } from '../run-detail/detail-api';

export { WEBHOOK_EVENT_TYPES, type WebhookEventType };

/** A webhook endpoint of a wizard (`GET /api/v1/wizards/:id/webhooks`). */
export interface Endpoint {
  id: string;
  wizard_id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

/** An endpoint with its signing secret, answered once by create and rotate. */
export type EndpointWithSecret = Endpoint & { secret: string };

/** What an endpoint is created or changed with. */
export interface EndpointInput {
  url: string;
  events: WebhookEventType[];
  description?: string;
  enabled?: boolean;
}

const hooks = (wizardId: string) => `/api/v1/wizards/${encodeURIComponent(wizardId)}/webhooks`;
const endpoint = (wizardId: string, id: string) => `${hooks(wizardId)}/${encodeURIComponent(id)}`;

/** The wizard's endpoints, oldest first. */
export async function fetchEndpoints(wizardId: string): Promise<Endpoint[]> {
  return (await api<{ items: Endpoint[] }>(hooks(wizardId))).items;
}

/** Adds an endpoint; the answer carries its signing secret, shown this once. */
export function createEndpoint(wizardId: string, input: EndpointInput): Promise<EndpointWithSecret> {
  return api(hooks(wizardId), { body: input });
}

/** Changes an endpoint's URL, events, description or enabled flag. */
export function updateEndpoint(
  wizardId: string,
  id: string,
  patch: Partial<EndpointInput>,
): Promise<Endpoint> {
  return api(endpoint(wizardId, id), { method: 'PATCH', body: patch });
}

/** Deletes an endpoint and its deliveries. */
export function deleteEndpoint(wizardId: string, id: string): Promise<void> {
  return api(endpoint(wizardId, id), { method: 'DELETE' });
}

/** Replaces an endpoint's signing secret; the answer carries the new one, shown this once. */
export function rotateSecret(wizardId: string, id: string): Promise<EndpointWithSecret> {
  return api(`${endpoint(wizardId, id)}/rotate-secret`, { method: 'POST' });
}

/** Sends a `webhook.test` event to an endpoint. */
export function sendTestEvent(wizardId: string, id: string): Promise<Delivery> {
  return api(`${endpoint(wizardId, id)}/test`, { method: 'POST' });
}

/** The wizard's latest deliveries (at most 50) with their attempts, newest first. */
export async function fetchWizardDeliveries(wizardId: string): Promise<Delivery[]> {
  return (await api<{ items: Delivery[] }>(`${hooks(wizardId)}/deliveries?limit=50`)).items;
}

/** A wizard's completion email. */
export interface EmailSetting {
  enabled: boolean;
  recipients: string[];
  subject: string;
  updated_at: string;
}

/** One completion email sent (or failed). */
export interface SentEmail {
  run_id: string;
  recipients: string[];
  subject: string;
  status: 'sent' | 'failed';
  message_id: string | null;
  error: string | null;
  created_at: string;
}

/** `GET /api/v1/wizards/:id/notifications`. */
export interface NotificationOverview {
  smtp_configured: boolean;
  email: EmailSetting | null;
  recent: SentEmail[];
}

const notifications = (wizardId: string) => `/api/v1/wizards/${encodeURIComponent(wizardId)}/notifications`;

/** The wizard's completion email, the emails sent and whether SMTP is configured. */
export function fetchNotifications(wizardId: string): Promise<NotificationOverview> {
  return api(notifications(wizardId));
}

/** Sets the wizard's completion email. */
export function saveEmail(
  wizardId: string,
  input: Pick<EmailSetting, 'enabled' | 'recipients' | 'subject'>,
): Promise<EmailSetting> {
  return api(`${notifications(wizardId)}/email`, { method: 'PUT', body: input });
}

/** Removes the wizard's completion email. */
export function removeEmail(wizardId: string): Promise<void> {
  return api(`${notifications(wizardId)}/email`, { method: 'DELETE' });
}

/** Sends a test email to the recipients now. */
export function sendTestEmail(wizardId: string): Promise<{ message_id: string; accepted: string[] }> {
  return api(`${notifications(wizardId)}/email/test`, { method: 'POST' });
}
