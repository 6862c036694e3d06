import { and, eq } from 'drizzle-orm';
import { allFields } from '../core/wizard/navigation.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { Db } from '../db/client.js';
import { getTenantProfile } from '../db/public-wizards.js';
import { jobIdFor, type JobQueue } from '../db/queue.js';
import { getRun } from '../db/runs.js';
import { notificationEmails, wizards } from '../db/schema.js';
import type { SecretBox } from '../db/secrets.js';
import { getPublishedVersion } from '../db/wizards.js';
import { publicPath } from '../publishing/public-wizards.js';
import { sendLogged } from './send-logged.js';
import type { Mailer } from './mailer.js';

/**
 * Resume links by email (issue 15: "a visitor who leaves gets a resume link … by email where the wizard asks
 * for one"). The trigger is the one a Typeform or Tally user would expect from "save and continue later":
 * the visitor leaves the public page (closes the tab, navigates away, or hides it) with an unfinished run that
 * holds an email address, and does not come back within GUIDEPOST_RESUME_EMAIL_DELAY_SECONDS (default 30
 * minutes). The page tells the server it was left (`POST /runs/:id/left` with the run token); the server
 * builds the link itself (the page's base URL, the wizard's public path and that token — never a URL the
 * client sends) and queues a job due after the delay, the link sealed with APP_SECRET (the token is a
 * capability; the database only holds its hash). The job sends the email only if the run is still active,
 * has not changed since the visitor left (a visitor who came back and left again queued a later job), and
 * has had no resume email yet: once per run. Sent and failed emails are logged with the wizard's other
 * notification emails; a failed send is retried by pg-boss.
 */

export const RESUME_EMAIL_QUEUE = 'resume-email';
/** The purpose of the secret box that seals resume links in jobs. */
export const RESUME_LINK_SECRET_PURPOSE = 'resume-link';

/** A resume email job's data: the run, its state when the visitor left, and the sealed link. */
export interface ResumeEmailJob {
  runId: string;
  /** The run's `updated_at` when the visitor left (ISO 8601). */
  leftAt: string;
  sealedLink: string;
}

/** Creates the queue with its retry policy (5 retries, from 60 s, doubling). */
export function createResumeEmailQueue(queue: JobQueue): Promise<void> {
  return queue.createQueue(RESUME_EMAIL_QUEUE, {
    retryLimit: 5,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 120,
  });
}

/** The address a resume email goes to: the run's value of the wizard's first email field that holds one. */
export function resumeAddress(definition: WizardDefinition, values: Record<string, unknown>): string | null {
  for (const { field } of allFields(definition)) {
    const value = values[field.name];
    if (field.type === 'email' && typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value)) return value;
  }
  return null;
}

/** The resume email: the wizard's name in the subject, the link, and a word that the link is a key. */
export function resumeEmail(wizardName: string, link: string): { subject: string; text: string } {
  return {
    subject: `Continue “${wizardName}” where you left off`.slice(0, 300),
    text: [
      `You started “${wizardName}” and left before the end. Your answers are saved:`,
      '',
      link,
      '',
      'The link opens your answers on any device. It works like a password: do not share it.',
      '',
    ].join('\n'),
  };
}

/** What the service needs: the database, the queue, the box that seals links, the delay and whether mail goes out. */
export interface ResumeEmailDeps {
  db: Db;
  queue: JobQueue;
  secrets: SecretBox;
  delaySeconds: number;
  /** Whether SMTP is configured (no job is queued without it). */
  enabled: boolean;
}

/** Queues resume emails when visitors leave (see the module comment). */
export class ResumeEmails {
  constructor(private readonly deps: ResumeEmailDeps) {}

  /**
   * The visitor of `runId` left the page, holding `token` (already checked against the run): queues the
   * resume email, due after the delay, for a run that is active and has an email address. `baseUrl` is the
   * public origin the link starts with. Leaving twice without a change queues one job. Returns whether a job
   * was queued (false: no SMTP, a closed run, no address, or a job for this state of the run exists).
   */
  async visitorLeft(runId: string, token: string, baseUrl: string): Promise<boolean> {
    if (!this.deps.enabled) return false;
    const { db } = this.deps;
    const run = await getRun(db, runId);
    if (!run || run.status !== 'active') return false;
    const version = await getPublishedVersion(db, run.wizardId, run.wizardVersion);
    if (!version || !resumeAddress(version.definition, run.values)) return false;
    const [wizard] = await db
      .select({ slug: wizards.slug })
      .from(wizards)
      .where(and(eq(wizards.id, run.wizardId), eq(wizards.tenantId, run.tenantId)));
    const tenant = await getTenantProfile(db, run.tenantId);
    if (!wizard || !tenant) return false;
    const link = `${baseUrl.replace(/\/+$/, '')}${publicPath(tenant.slug, wizard.slug)}#resume=${run.id}.${token}`;
    const leftAt = run.updatedAt.toISOString();
    const data: ResumeEmailJob = { runId, leftAt, sealedLink: this.deps.secrets.seal(link) };
    const id = await this.deps.queue.send(RESUME_EMAIL_QUEUE, data, {
      id: jobIdFor(`resume-email/${runId}/${leftAt}`),
      startAfter: new Date(Date.now() + this.deps.delaySeconds * 1000),
    });
    return id !== null;
  }
}

/** What the job needs: the database, the mailer, the box that opens links. */
export interface ResumeEmailJobDeps {
  db: Db;
  mailer: Mailer;
  secrets: SecretBox;
}

/**
 * Sends a run's resume email (see the module comment). Returns why it did not (`closed`, `came_back`,
 * `already_sent`, `no_address`) or `sent`. A failed send is logged and rethrown, so pg-boss retries it.
 */
export async function runResumeEmailJob(
  deps: ResumeEmailJobDeps,
  job: ResumeEmailJob,
): Promise<'sent' | 'closed' | 'came_back' | 'already_sent' | 'no_address'> {
  const run = await getRun(deps.db, job.runId);
  if (!run || run.status !== 'active') return 'closed';
  if (run.updatedAt.toISOString() !== job.leftAt) return 'came_back';
  // A run gets a notification email while it is active only from here (completion emails need completion).
  const [sent] = await deps.db
    .select({ id: notificationEmails.id })
    .from(notificationEmails)
    .where(and(eq(notificationEmails.runId, run.id), eq(notificationEmails.status, 'sent')))
    .limit(1);
  if (sent) return 'already_sent';
  const version = await getPublishedVersion(deps.db, run.wizardId, run.wizardVersion);
  const to = version ? resumeAddress(version.definition, run.values) : null;
  if (!version || !to) return 'no_address';
  const email = resumeEmail(version.definition.name, deps.secrets.open(job.sealedLink));
  const entry = { tenantId: run.tenantId, wizardId: run.wizardId, runId: run.id, recipients: [to] };
  return sendLogged(deps.db, deps.mailer, entry, email);
}
