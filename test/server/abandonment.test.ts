import { afterAll, beforeAll, expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import { createEndpoint, Receiver, waitFor, WEBHOOK_TEST_ENV } from './webhooks-helpers.js';

/**
 * Abandonment: a wizard with `abandon_after_minutes` (here 0.02 minutes, 1.2 s) and the sweep every second;
 * an idle visitor run becomes `abandoned` (a `wizard_abandon` event by the system) and a `run.abandoned`
 * delivery carries its partial values, while a run of a wizard without the setting stays active.
 */
describeEachApp(
  'abandonment: the scheduled sweep abandons idle runs and sends run.abandoned',
  (ctx) => {
    const receiver = new Receiver();
    let owner: TestAccount;
    beforeAll(async () => {
      await receiver.start();
    });
    afterAll(async () => {
      await receiver.stop();
    });
    const call = (
      method: 'GET' | 'POST' | 'PATCH',
      url: string,
      payload?: unknown,
      headers: Record<string, string> = owner.headers,
    ) =>
      ctx.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

    it('marks an idle run abandoned and delivers its partial values', async () => {
      await signUp(ctx.app, 'root@abandon.example');
      owner = await signUp(ctx.app, 'ada@abandon.example', 'Ada');
      const tenant = (await call('GET', '/api/v1/tenant/profile')).json().slug as string;
      const publish = async (slug: string, settings: Record<string, unknown>) => {
        const created = await call('POST', '/api/v1/wizards', {
          ...leadWizard({ slug }),
          id: undefined,
          settings,
        });
        const id = created.json().id as string;
        await call('POST', `/api/v1/wizards/${id}/publish`);
        return id;
      };
      const idleWizard = await publish('idle-lead', { abandon_after_minutes: 0.02 });
      await publish('patient-lead', {});
      const endpoint = await createEndpoint(ctx.app, owner, idleWizard, {
        url: receiver.url('/abandoned'),
        events: ['run.abandoned'],
      });
      receiver.script('/abandoned', [{ status: 200 }], endpoint.secret);

      const start = async (slug: string) => {
        const started = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/execute/${tenant}/${slug}`,
          payload: { channel: 'form' },
        });
        const body = started.json();
        const headers = { 'x-run-token': body.run_token as string };
        await ctx.app.inject({
          method: 'PATCH',
          url: `/api/v1/runs/${body.run.id}/values`,
          headers,
          payload: { values: { full_name: 'Ada Lovelace' } },
        });
        return { id: body.run.id as string, headers };
      };
      const idle = await start('idle-lead');
      const patient = await start('patient-lead');

      const delivery = await waitFor(() => receiver.at('/abandoned')[0], 20_000, 'run.abandoned');
      expect(delivery.verified).toBe(true);
      expect(delivery.json).toMatchObject({
        type: 'run.abandoned',
        data: { run_id: idle.id, status: 'abandoned', values: { full_name: 'Ada Lovelace' } },
      });
      expect(delivery.json.data.reason).toBe('idle for 0.02 minutes');
      const events = (await call('GET', `/api/v1/runs/${idle.id}/events`, undefined, idle.headers)).json();
      const last = events.events.at(-1).event;
      expect(last).toMatchObject({ type: 'wizard_abandon', actor: 'system' });
      const other = (await call('GET', `/api/v1/runs/${patient.id}`, undefined, patient.headers)).json();
      expect(other.run.status).toBe('active');
    }, 30_000);
  },
  { ...WEBHOOK_TEST_ENV, GUIDEPOST_ABANDON_SWEEP_SECONDS: '1' },
);
