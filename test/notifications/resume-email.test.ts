import { afterAll, beforeAll, expect, it } from 'vitest';
import { runResumeEmailJob } from '../../src/notifications/resume-email.js';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { waitFor } from '../server/webhooks-helpers.js';
import { decodedText, SmtpSink } from './smtp-sink.js';

const sink = new SmtpSink();
/** Filled in before the app is built (the file's beforeAll runs before the suite's). */
const env: Record<string, string> = {
  SMTP_FROM: 'Guidepost <no-reply@guidepost.test>',
  PUBLIC_URL: 'https://forms.example.com',
  GUIDEPOST_QUEUE_POLL_SECONDS: '0.5',
  GUIDEPOST_RESUME_EMAIL_DELAY_SECONDS: '1',
};
beforeAll(async () => {
  await sink.start();
  Object.assign(env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) });
});
afterAll(() => sink.stop());

describeEachApp(
  'resume links by email',
  (ctx) => {
    let admin: TestAccount;

    /** A visitor's run of the public lead-capture wizard with `values`; its id, token headers and token. */
    async function visit(values: Record<string, unknown>) {
      const started = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/execute/default/lead-capture',
        payload: { channel: 'form' },
      });
      expect(started.statusCode, started.body).toBe(201);
      const body = started.json();
      const token = body.run_token as string;
      const headers = { 'x-run-token': token };
      const set = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/runs/${body.run.id}/values`,
        headers,
        payload: { values },
      });
      expect(set.statusCode, set.body).toBe(200);
      return { id: body.run.id as string, headers, token, resumeUrl: body.resume_url as string };
    }
    const leave = (run: { id: string }, headers: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: `/api/v1/runs/${run.id}/left`, headers });

    beforeAll(async () => {
      sink.received.length = 0;
      admin = await signUp(ctx.app, 'owner@example.com');
    });

    it('emails the resume link to the address the run holds, once, after the visitor leaves', async () => {
      const run = await visit({ full_name: 'Ada Lovelace', email: 'ada@example.com' });
      const left = await leave(run, run.headers);
      expect(left.statusCode, left.body).toBe(202);
      expect(left.json()).toEqual({ queued: true });
      // Leaving again with nothing changed queues nothing more.
      expect((await leave(run, run.headers)).json()).toEqual({ queued: false });

      const [mail] = await waitFor(() => sink.received.length > 0 && sink.received, 15_000, 'the email');
      expect(mail!.to).toEqual(['ada@example.com']);
      const text = decodedText(mail!.raw);
      // The subject is a MIME encoded word (its quotes are not ASCII).
      expect(text).toMatch(/^Subject: .*Continue.*Lead.*capture.*where.*you.*left.*off/m);
      expect(text).toContain('and left before the end. Your answers are saved:');
      expect(run.resumeUrl).toBe(
        `https://forms.example.com/w/default/lead-capture#resume=${run.id}.${run.token}`,
      );
      expect(text).toContain(run.resumeUrl);
      expect(text).toContain('do not share it');

      // The owner sees it with the wizard's other notification emails.
      const overview = await waitFor(async () => {
        const wizard = (await ctx.app.inject({ url: '/api/v1/wizards?search=lead', headers: admin.headers }))
          .json()
          .items.find((w: { slug: string }) => w.slug === 'lead-capture');
        const body = (
          await ctx.app.inject({ url: `/api/v1/wizards/${wizard.id}/notifications`, headers: admin.headers })
        ).json();
        return body.recent.find((m: { run_id: string }) => m.run_id === run.id);
      });
      expect(overview).toMatchObject({ status: 'sent', recipients: ['ada@example.com'] });

      // Back, a change, gone again: a job is queued, and it sends nothing (once per run).
      await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/runs/${run.id}/values`,
        headers: run.headers,
        payload: { values: { phone: '+1 202 555 0143' } },
      });
      expect((await leave(run, run.headers)).json()).toEqual({ queued: true });
      const runtime = ctx.app.runtime;
      const deps = { db: ctx.db, mailer: runtime.notifications.mailer!, secrets: null as never };
      const now = (await ctx.app.inject({ url: `/api/v1/runs/${run.id}`, headers: run.headers })).json().run;
      expect(await runResumeEmailJob(deps, { runId: run.id, leftAt: now.updated_at, sealedLink: 'x' })).toBe(
        'already_sent',
      );
    });

    it('sends nothing to a visitor who came back, and queues nothing without an address', async () => {
      const run = await visit({ full_name: 'Grace Hopper', email: 'grace@example.com' });
      const deps = { db: ctx.db, mailer: ctx.app.runtime.notifications.mailer!, secrets: null as never };
      expect(
        await runResumeEmailJob(deps, {
          runId: run.id,
          leftAt: '2000-01-01T00:00:00.000Z',
          sealedLink: 'x',
        }),
      ).toBe('came_back');
      const anonymous = await visit({ full_name: 'No Mail' });
      expect((await leave(anonymous, anonymous.headers)).json()).toEqual({ queued: false });
    });

    it('refuses a caller without the run token, and a signed-in member of the tenant', async () => {
      const run = await visit({ email: 'someone@example.com' });
      expect((await leave(run, {})).statusCode).toBe(401);
      expect((await leave(run, { 'x-run-token': 'rt_wrong' })).statusCode).toBe(404);
      const member = await leave(run, admin.headers);
      expect(member.statusCode).toBe(403);
      expect(member.json().invalid_params[0].name).toBe('header.x-run-token');
    });
  },
  env,
);
