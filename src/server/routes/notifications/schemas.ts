import { z } from 'zod';
import type { EmailNotificationRecord, NotificationEmailRecord } from '../../../notifications/service.js';

/** Zod schemas of the notification API and the mapping of records to their JSON. */

export const WizardParams = z.object({ wizardId: z.string().min(1).max(100) });

export const EmailNotificationBody = z.strictObject({
  enabled: z.boolean().default(true),
  recipients: z
    .array(z.email({ error: 'must be an email address' }).max(254))
    .min(1, 'needs at least one recipient')
    .max(20, 'may list at most 20 recipients'),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe('a liquid template: {{ wizard.name }}, {{ values.<field> }}, {{ run.id }}, {{ run.channel }}'),
});

export const EmailNotificationSchema = z.object({
  enabled: z.boolean(),
  recipients: z.array(z.string()),
  subject: z.string(),
  updated_at: z.string(),
});

export const SentEmailSchema = z.object({
  run_id: z.string(),
  recipients: z.array(z.string()),
  subject: z.string(),
  status: z.enum(['sent', 'failed']),
  message_id: z.string().nullable(),
  error: z.string().nullable(),
  created_at: z.string(),
});

export const NotificationOverviewSchema = z.object({
  smtp_configured: z.boolean().describe('whether SMTP_HOST is set: without it no email is sent'),
  email: EmailNotificationSchema.nullable(),
  recent: z.array(SentEmailSchema).describe('the latest completion emails, newest first'),
});

export function emailJson(e: EmailNotificationRecord): z.infer<typeof EmailNotificationSchema> {
  return {
    enabled: e.enabled,
    recipients: e.recipients,
    subject: e.subject,
    updated_at: e.updatedAt.toISOString(),
  };
}

export function sentJson(e: NotificationEmailRecord): z.infer<typeof SentEmailSchema> {
  return {
    run_id: e.runId,
    recipients: e.recipients,
    subject: e.subject,
    status: e.status,
    message_id: e.messageId,
    error: e.error,
    created_at: e.createdAt.toISOString(),
  };
}
