import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config/config.js';

/** One email to send: addresses, subject, a plain-text body and optionally an HTML one. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
}

/** What the SMTP server accepted: its message id and the recipients it took. */
export interface MailReceipt {
  messageId: string;
  accepted: string[];
}

/** Sends email. Every feature that mails (completion notifications, resume links) goes through one. */
export interface Mailer {
  /** Sends one message from SMTP_FROM. Rejects with the SMTP error (the caller's job retries). */
  send(message: MailMessage): Promise<MailReceipt>;
  /** Closes pooled connections. */
  close(): void;
}

/** The SMTP settings of the configuration (see src/config: SMTP_*). */
export type SmtpConfig = Pick<
  Config,
  'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM'
>;

/** How long to wait for the SMTP server to connect, greet and answer, in ms. */
const SMTP_TIMEOUT_MS = 15_000;

/**
 * A nodemailer SMTP mailer from the SMTP_* settings, or null when SMTP_HOST is unset (email is off). The port
 * defaults to 465 with SMTP_SECURE, else 587 (STARTTLS when offered). The configuration's validation makes
 * sure SMTP_FROM is set with SMTP_HOST.
 */
export function createMailer(config: SmtpConfig): Mailer | null {
  if (!config.SMTP_HOST || !config.SMTP_FROM) return null;
  const transport: Transporter = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT ?? (config.SMTP_SECURE ? 465 : 587),
    secure: config.SMTP_SECURE,
    ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } } : {}),
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  const from = config.SMTP_FROM;
  return {
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      });
      return {
        messageId: String(info.messageId),
        accepted: (info.accepted as Array<string | { address: string }>).map((a) =>
          typeof a === 'string' ? a : a.address,
        ),
      };
    },
    close: () => transport.close(),
  };
}
