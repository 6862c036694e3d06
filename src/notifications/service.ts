import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import * as repo from '../db/notifications.js';
import { isUuid } from '../db/runs.js';
import { getWizard } from '../db/wizards.js';
import type { Mailer } from './mailer.js';
import { subjectProblem } from './message.js';

export type { EmailNotificationRecord, NotificationEmailRecord } from '../db/notifications.js';

/** A wizard's completion email settings as they are set: on/off, recipients, subject template. */
export interface EmailNotificationInput {
  enabled: boolean;
  recipients: string[];
  subject: string;
}

/** A wizard's notification settings and recent emails, and whether email can be sent at all. */
export interface NotificationOverview {
  /** SMTP_HOST is set: completion emails are sent. */
  smtpConfigured: boolean;
  email: repo.EmailNotificationRecord | null;
  /** The latest logged emails (sent or failed), newest first. */
  recent: repo.NotificationEmailRecord[];
}

/** How many logged emails the overview lists. */
const RECENT = 20;

/**
 * Email notifications of wizards (admins): read, set and remove a wizard's completion email, list the emails
 * sent, and send a test email. Scoped to the caller's tenant; another tenant's wizard is "not found".
 */
export class NotificationService {
  constructor(
    private readonly db: Db,
    /** The SMTP mailer, or null when SMTP is not configured. */
    readonly mailer: Mailer | null,
  ) {}

  private async assertWizard(tenantId: string, wizardId: string) {
    const wizard = isUuid(wizardId) ? await getWizard(this.db, wizardId, tenantId) : null;
    if (!wizard) throw notFoundError(`wizard ${wizardId}`);
    return wizard;
  }

  /** The wizard's settings and recent emails. Throws 404. */
  async overview(tenantId: string, wizardId: string): Promise<NotificationOverview> {
    await this.assertWizard(tenantId, wizardId);
    return {
      smtpConfigured: this.mailer !== null,
      email: await repo.getEmailNotification(this.db, tenantId, wizardId),
      recent: await repo.listNotificationEmails(this.db, tenantId, wizardId, RECENT),
    };
  }

  /** Sets the wizard's completion email (deduplicated recipients). Throws 404, or 400 for a subject that does not parse. */
  async setEmail(
    tenantId: string,
    wizardId: string,
    input: EmailNotificationInput,
  ): Promise<repo.EmailNotificationRecord> {
    await this.assertWizard(tenantId, wizardId);
    const problem = subjectProblem(input.subject);
    if (problem)
      throw new DomainError('bad_request', `body.subject is not a valid template: ${problem}`, {
        invalidParams: [{ name: 'body.subject', reason: problem }],
      });
    return repo.putEmailNotification(this.db, {
      tenantId,
      wizardId,
      enabled: input.enabled,
      recipients: [...new Set(input.recipients.map((r) => r.trim().toLowerCase()))],
      subject: input.subject,
    });
  }

  /** Removes the wizard's completion email. Throws 404 when the wizard or the setting does not exist. */
  async removeEmail(tenantId: string, wizardId: string): Promise<void> {
    await this.assertWizard(tenantId, wizardId);
    if (!(await repo.deleteEmailNotification(this.db, tenantId, wizardId)))
      throw notFoundError(`the completion email of wizard ${wizardId}`);
  }

  /**
   * Sends a test email to the wizard's recipients now and returns the SMTP message id. Throws 404, 409 when
   * no completion email is set, 503 when SMTP is not configured, and 503 with the SMTP error when the send fails.
   */
  async sendTest(tenantId: string, wizardId: string): Promise<{ messageId: string; accepted: string[] }> {
    const wizard = await this.assertWizard(tenantId, wizardId);
    if (!this.mailer)
      throw new DomainError('unavailable', 'email is not configured: set SMTP_HOST and SMTP_FROM');
    const setting = await repo.getEmailNotification(this.db, tenantId, wizardId);
    if (!setting) throw new DomainError('conflict', 'set the completion email before sending a test');
    try {
      return await this.mailer.send({
        to: setting.recipients,
        subject: `Test: ${wizard.name} completion email`,
        text: `This is a test of the completion email of "${wizard.name}". Completed runs will be sent to: ${setting.recipients.join(', ')}.\n`,
      });
    } catch (error) {
      throw new DomainError('unavailable', `the SMTP server refused the email: ${(error as Error).message}`);
    }
  }
}
