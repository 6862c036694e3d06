import type { Db } from '../db/client.js';
import { recordNotificationEmail } from '../db/notifications.js';
import type { Mailer, MailMessage } from './mailer.js';

/** Whose email it is, for the notification log: the run, its wizard and tenant, and the recipients. */
export interface NotificationLogEntry {
  tenantId: string;
  wizardId: string;
  runId: string;
  recipients: string[];
}

/**
 * Sends `email` to `entry.recipients` and records it in the notification log: `sent` with the SMTP message
 * id, or `failed` with the first 500 characters of the reason, after which the SMTP error is rethrown (the
 * caller's job retries).
 */
export async function sendLogged(
  db: Db,
  mailer: Mailer,
  entry: NotificationLogEntry,
  email: Omit<MailMessage, 'to'>,
): Promise<'sent'> {
  try {
    const receipt = await mailer.send({ to: entry.recipients, ...email });
    await recordNotificationEmail(db, {
      ...entry,
      subject: email.subject,
      status: 'sent',
      messageId: receipt.messageId,
    });
    return 'sent';
  } catch (error) {
    await recordNotificationEmail(db, {
      ...entry,
      subject: email.subject,
      status: 'failed',
      error: (error as Error).message.slice(0, 500),
    });
    throw error;
  }
}
