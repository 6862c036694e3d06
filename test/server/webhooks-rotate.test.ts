import { afterAll, beforeAll, expect, it } from 'vitest';
import { getBySlug } from '../../src/db/wizards.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import { createEndpoint, Receiver, sendTest, waitFor, WEBHOOK_TEST_ENV } from './webhooks-helpers.js';

describeEachApp(
  'webhook secret rotation',
  (ctx) => {
    const receiver = new Receiver();
    let admin: TestAccount;
    let wizardId: string;
    beforeAll(async () => {
      await receiver.start();
      admin = await signUp(ctx.app, 'root@example.com');
      wizardId = (await getBySlug(ctx.db, 'lead-capture', 'default'))!.id;
    });
    afterAll(() => receiver.stop());

    it('answers a new secret once, and signs later deliveries with it', async () => {
      const endpoint = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/rotated'),
        events: ['run.completed'],
      });
      const rotated = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/wizards/${wizardId}/webhooks/${endpoint.id}/rotate-secret`,
        headers: admin.headers,
      });
      expect(rotated.statusCode, rotated.body).toBe(200);
      const { secret, id } = rotated.json<{ secret: string; id: string }>();
      expect(id).toBe(endpoint.id);
      expect(secret).toMatch(/^whsec_/);
      expect(secret).not.toBe(endpoint.secret);
      const listed = await ctx.app.inject({
        url: `/api/v1/wizards/${wizardId}/webhooks`,
        headers: admin.headers,
      });
      expect(listed.body).not.toContain(secret);

      receiver.script('/rotated', [{ status: 200 }], secret);
      await sendTest(ctx.app, admin, wizardId, endpoint.id);
      const [got] = await waitFor(() => receiver.at('/rotated').length > 0 && receiver.at('/rotated'));
      expect(got!.verified).toBe(true);
    });

    it('is a 404 for an unknown endpoint', async () => {
      const missing = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/wizards/${wizardId}/webhooks/00000000-0000-4000-8000-000000000000/rotate-secret`,
        headers: admin.headers,
      });
      expect(missing.statusCode).toBe(404);
    });
  },
  WEBHOOK_TEST_ENV,
);
