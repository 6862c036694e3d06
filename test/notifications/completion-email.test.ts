import { afterAll, beforeAll, expect, it } from 'vitest';
import { getBySlug } from '../../src/db/wizards.js';
import { describeEachApp } from '../server/app.js';
import { addUser, signUp, type TestAccount } from '../server/auth-helpers.js';
import { LEAD_CAPTURE_LINES, startRun } from '../server/runs-helpers.js';
import { waitFor } from '../server/webhooks-helpers.js';
import { decodedText, SmtpSink } from './smtp-sink.js';

const sink = new SmtpSink();
/** Filled in before the app is built (the file's beforeAll runs before the suite's). */
const env: Record<string, string> = {
  SMTP_FROM: 'Guidepost <no-reply@guidepost.test>',
  PUBLIC_URL: 'https://forms.example.com',
  GUIDEPOST_QUEUE_POLL_SECONDS: '0.5',
};
beforeAll(async () => {
  await sink.start();
  Object.assign(env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) });
});
afterAll(() => sink.stop());

describeEachApp(
  'completion emails',
  (ctx) => {
    let admin: TestAccount;
    let member: TestAccount;
    let wizardId: string;
    const url = () => `/api/v1/wizards/${wizardId}/notifications`;

    beforeAll(async () => {
      sink.received.length = 0;
      admin = await signUp(ctx.app, 'owner@example.com');
      member = await addUser(ctx.app, admin, 'member@example.com', 'member');
      wizardId = (await getBySlug(ctx.db, 'lead-capture', 'default'))!.id;
    });

    it('says SMTP is configured and no email is set yet', async () => {
      const response = await ctx.app.inject({ url: url(), headers: admin.headers });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ smtp_configured: true, email: null, recent: [] });
    });

    it('refuses bad settings, members and other tenants', async () => {
      const bad = await ctx.app.inject({
        method: 'PUT',
        url: `${url()}/email`,
        headers: admin.headers,
        payload: { recipients: ['sales@example.com', 'not an address'], subject: 'x' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().detail).toContain('recipients');
      const template = await ctx.app.inject({
        method: 'PUT',
        url: `${url()}/email`,
        headers: admin.headers,
        payload: { recipients: ['sales@example.com'], subject: 'New {{ values.email ' },
      });
      expect(template.statusCode).toBe(400);
      expect(template.json().invalid_params[0].name).toBe('body.subject');
      const asMember = await ctx.app.inject({ url: url(), headers: member.headers });
      expect(asMember.statusCode).toBe(403);
      const outsider = await signUp(ctx.app, 'outsider@example.com');
      expect((await ctx.app.inject({ url: url(), headers: outsider.headers })).statusCode).toBe(404);
    });

    it('emails the recipients when a run completes, from the durable queue', async () => {
      const put = await ctx.app.inject({
        method: 'PUT',
        url: `${url()}/email`,
        headers: admin.headers,
        payload: {
          recipients: ['Sales@Example.com', 'ops@example.com'],
          subject: 'New lead: {{ values.full_name }} ({{ wizard.name }})',
        },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toMatchObject({
        enabled: true,
        recipients: ['sales@example.com', 'ops@example.com'],
      });

      const run = await startRun(ctx.app, { channel: 'chat' });
      for (const text of LEAD_CAPTURE_LINES) {
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.id}/messages`,
          headers: run.headers,
          payload: { text },
        });
        expect(response.statusCode, response.body).toBe(200);
      }
      const [mail] = await waitFor(() => sink.received.length > 0 && sink.received, 15_000);
      expect(mail!.from).toBe('no-reply@guidepost.test');
      expect(mail!.to).toEqual(['sales@example.com', 'ops@example.com']);
      const text = decodedText(mail!.raw);
      expect(text).toContain('Subject: New lead: Ada Lovelace (Lead capture)');
      expect(text).toContain('Email: ada@example.com');
      expect(text).toContain(`See the run: https://forms.example.com/runs/${run.id}/detail`);

      const overview = await waitFor(async () => {
        const body = (await ctx.app.inject({ url: url(), headers: admin.headers })).json();
        return body.recent.length > 0 && body;
      });
      expect(overview.recent).toEqual([
        expect.objectContaining({
          run_id: run.id,
          status: 'sent',
          subject: 'New lead: Ada Lovelace (Lead capture)',
        }),
      ]);
      expect(sink.received).toHaveLength(1);
    });

    it('sends a test email, and says why when the server refuses it', async () => {
      const sent = await ctx.app.inject({
        method: 'POST',
        url: `${url()}/email/test`,
        headers: admin.headers,
      });
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json().accepted).toEqual(['sales@example.com', 'ops@example.com']);
      expect(decodedText(sink.received.at(-1)!.raw)).toContain(
        'Subject: Test: Lead capture completion email',
      );
      sink.refuse = true;
      try {
        const refused = await ctx.app.inject({
          method: 'POST',
          url: `${url()}/email/test`,
          headers: admin.headers,
        });
        expect(refused.statusCode).toBe(503);
        expect(refused.json().detail).toContain('mailbox unavailable');
      } finally {
        sink.refuse = false;
      }
    });

    it('logs a refused completion email as failed (the queue retries it later)', async () => {
      sink.refuse = true;
      try {
        const run = await startRun(ctx.app, { channel: 'chat' });
        for (const text of LEAD_CAPTURE_LINES)
          await ctx.app.inject({
            method: 'POST',
            url: `/api/v1/runs/${run.id}/messages`,
            headers: run.headers,
            payload: { text },
          });
        const failed = await waitFor(async () => {
          const body = (await ctx.app.inject({ url: url(), headers: admin.headers })).json();
          return body.recent.find((m: { run_id: string }) => m.run_id === run.id);
        }, 15_000);
        expect(failed).toMatchObject({ status: 'failed', message_id: null });
        expect(failed.error).toContain('mailbox unavailable');
      } finally {
        sink.refuse = false;
      }
    });

    it('removes the setting', async () => {
      const removed = await ctx.app.inject({
        method: 'DELETE',
        url: `${url()}/email`,
        headers: admin.headers,
      });
      expect(removed.statusCode).toBe(204);
      const again = await ctx.app.inject({ method: 'DELETE', url: `${url()}/email`, headers: admin.headers });
      expect(again.statusCode).toBe(404);
    });
  },
  env,
);
