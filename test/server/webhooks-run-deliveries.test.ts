import { afterAll, beforeAll, expect, it } from 'vitest';
import { getBySlug } from '../../src/db/wizards.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import { setValues, startRun } from './runs-helpers.js';
import { createEndpoint, deliveries, Receiver } from './webhooks-helpers.js';

describeEachApp(
  'webhook deliveries of one run',
  (ctx) => {
    const receiver = new Receiver();
    let admin: TestAccount;
    let other: TestAccount;
    let wizardId: string;
    beforeAll(async () => {
      await receiver.start();
      admin = await signUp(ctx.app, 'root@example.com');
      other = await signUp(ctx.app, 'other@example.com');
      wizardId = (await getBySlug(ctx.db, 'lead-capture', 'default'))!.id;
    });
    afterAll(() => receiver.stop());

    it('lists only the deliveries of the run named by run_id, in the caller tenant', async () => {
      await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/steps'),
        events: ['run.step_completed'],
      });
      const runs = [await startRun(ctx.app), await startRun(ctx.app)];
      for (const run of runs) {
        await setValues(ctx.app, run, { full_name: 'Ada Lovelace', email: 'ada@example.com' });
        const next = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.id}/navigate`,
          headers: run.headers,
          payload: { action: 'next' },
        });
        expect(next.statusCode, next.body).toBe(200);
      }
      const all = await deliveries(ctx.app, admin, wizardId);
      expect(all.map((d) => d.run_id).sort()).toEqual(runs.map((r) => r.id).sort());
      const first = await deliveries(ctx.app, admin, wizardId, `?run_id=${runs[0]!.id}`);
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({ run_id: runs[0]!.id, event_type: 'run.step_completed' });
      expect(await deliveries(ctx.app, admin, wizardId, '?run_id=not-a-uuid')).toEqual([]);
      const elsewhere = await ctx.app.inject({
        url: `/api/v1/wizards/${wizardId}/webhooks/deliveries?run_id=${runs[0]!.id}`,
        headers: other.headers,
      });
      expect(elsewhere.statusCode).toBe(404);
    });
  },
  { GUIDEPOST_WEBHOOK_ALLOW_PRIVATE: 'true', GUIDEPOST_QUEUE_POLL_SECONDS: '0.5' },
);
