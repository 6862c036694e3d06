import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { emailNotifications, notificationEmails } from './schema-notifications.js';

/**
 * The email notification repository: a wizard's completion email settings and the log of emails sent,
 * tenant-scoped. Functions take a `Db`, so they run on the database or inside a transaction.
 */

export type EmailNotificationRecord = typeof emailNotifications.$inferSelect;
export type NotificationEmailRecord = typeof notificationEmails.$inferSelect;

/** The completion email settings of a tenant's wizard, or null. */
export async function getEmailNotification(
  db: Db,
  tenantId: string,
  wizardId: string,
): Promise<EmailNotificationRecord | null> {
  const [row] = await db
    .select()
    .from(emailNotifications)
    .where(and(eq(emailNotifications.tenantId, tenantId), eq(emailNotifications.wizardId, wizardId)));
  return row ?? null;
}

/** Creates or replaces a wizard's completion email settings and returns them. */
export async function putEmailNotification(
  db: Db,
  input: Pick<EmailNotificationRecord, 'tenantId' | 'wizardId' | 'enabled' | 'recipients' | 'subject'>,
): Promise<EmailNotificationRecord> {
  const [row] = await db
    .insert(emailNotifications)
    .values(input)
    .onConflictDoUpdate({
      target: [emailNotifications.tenantId, emailNotifications.wizardId],
      set: {
        enabled: input.enabled,
        recipients: input.recipients,
        subject: input.subject,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

/** Removes a wizard's completion email settings; false when there were none. */
export async function deleteEmailNotification(db: Db, tenantId: string, wizardId: string): Promise<boolean> {
  const rows = await db
    .delete(emailNotifications)
    .where(and(eq(emailNotifications.tenantId, tenantId), eq(emailNotifications.wizardId, wizardId)))
    .returning({ id: emailNotifications.id });
  return rows.length > 0;
}

/** Logs one sent or failed completion email. */
export async function recordNotificationEmail(
  db: Db,
  row: Omit<typeof notificationEmails.$inferInsert, 'id' | 'createdAt'>,
): Promise<void> {
  await db.insert(notificationEmails).values(row);
}

/** A wizard's logged completion emails, newest first, at most `limit`. */
export function listNotificationEmails(
  db: Db,
  tenantId: string,
  wizardId: string,
  limit: number,
): Promise<NotificationEmailRecord[]> {
  return db
    .select()
    .from(notificationEmails)
    .where(and(eq(notificationEmails.tenantId, tenantId), eq(notificationEmails.wizardId, wizardId)))
    .orderBy(desc(notificationEmails.createdAt), desc(notificationEmails.id))
    .limit(limit);
}
