import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tenantIdColumn } from './columns.js';

/**
 * Email notifications: per wizard, who is emailed when a run completes and with what subject (a template),
 * and a log of every email sent or attempted (sent by a durable queue job, see src/notifications).
 */

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A wizard's completion email: recipients (addresses) and a subject template (liquid, e.g. `{{ values.email }}`). */
export const emailNotifications = pgTable(
  'email_notifications',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    wizardId: uuid('wizard_id').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    subject: text('subject').notNull(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('email_notifications_wizard_key').on(t.tenantId, t.wizardId)],
);

/** One attempt to send a completion email: `sent` with the SMTP message id, or `failed` with the error. */
export const notificationEmails = pgTable(
  'notification_emails',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    wizardId: uuid('wizard_id').notNull(),
    runId: uuid('run_id').notNull(),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    subject: text('subject').notNull(),
    status: text('status').$type<'sent' | 'failed'>().notNull(),
    messageId: text('message_id'),
    error: text('error'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('notification_emails_wizard_idx').on(t.tenantId, t.wizardId, t.createdAt),
    check('notification_emails_status_check', sql`${t.status} in ('sent', 'failed')`),
  ],
);
