import { afterAll, beforeAll, expect, it } from 'vitest';
import { getBySlug } from '../../src/db/wizards.js';
import { webhookEndpoints } from '../../src/db/schema.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import { LEAD_CAPTURE_LINES, startRun } from './runs-helpers.js';
import {
  createEndpoint,
  deliveries,
  Receiver,
  sendTest,
  waitFor,
  WEBHOOK_TEST_ENV,
} from './webhooks-helpers.js';

describeEachApp(
  'webhook deliveries',
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

    it('runs the queue and reports it ready', async () => {
      const ready = (await ctx.app.inject({ url: '/ready' })).json();
      expect(ready.checks.queue).toEqual({ ok: true });
    });

    it('delivers exactly one signed run.completed when a run is completed by chat', async () => {
      const completed = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/completed'),
        events: ['run.completed'],
      });
      receiver.script('/completed', [{ status: 204 }], completed.secret);
      const steps = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/steps'),
        events: ['run.step_completed'],
      });
      receiver.script('/steps', [{ status: 200 }], steps.secret);
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
      const [got] = await waitFor(() => receiver.at('/completed').length > 0 && receiver.at('/completed'));
      expect(got!.verified).toBe(true);
      expect(got!.json).toMatchObject({
        type: 'run.completed',
        data: { run_id: run.id, wizard_id: wizardId, wizard_version: 1, status: 'completed' },
      });
      expect(got!.json.data.values).toMatchObject({ full_name: 'Ada Lovelace', email: 'ada@example.com' });
      const listed = await waitFor(async () => {
        const items = await deliveries(ctx.app, admin, wizardId, `?endpoint_id=${completed.id}`);
        return items[0]?.status === 'succeeded' && items;
      });
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ event_type: 'run.completed', run_id: run.id, attempt_count: 1 });
      expect(listed[0]!.attempts).toEqual([
        expect.objectContaining({ attempt: 1, status_code: 204, outcome: 'success', error: null }),
      ]);
      expect(got!.headers['webhook-id']).toBe(listed[0]!.id);
      // Partial submissions: each `next` step change, with the values so far.
      const partial = await waitFor(() => receiver.at('/steps').length > 0 && receiver.at('/steps'));
      expect(partial[0]!.verified).toBe(true);
      expect(partial[0]!.json).toMatchObject({ type: 'run.step_completed', data: { run_id: run.id } });
      expect(partial[0]!.json.data.values).toMatchObject({ full_name: 'Ada Lovelace' });
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(receiver.at('/completed')).toHaveLength(1);
    });

    it('sends run.abandoned', async () => {
      const endpoint = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/abandoned'),
        events: ['run.abandoned'],
      });
      receiver.script('/abandoned', [{ status: 200 }], endpoint.secret);
      const run = await startRun(ctx.app, { channel: 'form' });
      const abandoned = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/abandon`,
        headers: run.headers,
        payload: { reason: 'changed my mind' },
      });
      expect(abandoned.statusCode, abandoned.body).toBe(200);
      const [got] = await waitFor(() => receiver.at('/abandoned').length > 0 && receiver.at('/abandoned'));
      expect(got!.verified).toBe(true);
      expect(got!.json).toMatchObject({
        type: 'run.abandoned',
        data: { run_id: run.id, status: 'abandoned', reason: 'changed my mind' },
      });
    });

    it('retries a receiver that fails twice, then succeeds: three logged attempts', async () => {
      const endpoint = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/flaky'),
        events: ['run.completed'],
      });
      receiver.script(
        '/flaky',
        [{ status: 500, body: 'boom' }, { status: 503 }, { status: 200, body: 'thanks' }],
        endpoint.secret,
      );
      const delivery = await sendTest(ctx.app, admin, wizardId, endpoint.id);
      const [done] = await waitFor(async () => {
        const items = await deliveries(
          ctx.app,
          admin,
          wizardId,
          `?endpoint_id=${endpoint.id}&status=succeeded`,
        );
        return items.length > 0 && items;
      }, 15_000);
      expect(done!.id).toBe(delivery.id);
      expect(done!.attempts.map((a) => [a.attempt, a.status_code, a.outcome])).toEqual([
        [1, 500, 'retry'],
        [2, 503, 'retry'],
        [3, 200, 'success'],
      ]);
      expect(done!.attempts[0]!.response_excerpt).toBe('boom');
      expect(done!.attempts[2]!.response_excerpt).toBe('thanks');
      const got = receiver.at('/flaky');
      expect(got).toHaveLength(3);
      expect(got.every((r) => r.verified && r.headers['webhook-id'] === delivery.id)).toBe(true);
    });

    it('does not retry a 400, and redelivers on request with the same webhook-id', async () => {
      const endpoint = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/bad'),
        events: ['run.completed'],
      });
      receiver.script('/bad', [{ status: 400, body: 'x'.repeat(3000) }, { status: 200 }], endpoint.secret);
      const delivery = await sendTest(ctx.app, admin, wizardId, endpoint.id);
      const [failed] = await waitFor(async () => {
        const items = await deliveries(ctx.app, admin, wizardId, `?endpoint_id=${endpoint.id}&status=failed`);
        return items.length > 0 && items;
      });
      expect(failed!.attempts).toHaveLength(1);
      expect(failed!.attempts[0]).toMatchObject({ status_code: 400, outcome: 'failed' });
      expect(failed!.attempts[0]!.response_excerpt).toHaveLength(1024);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(receiver.at('/bad')).toHaveLength(1);

      const redeliver = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/webhook-deliveries/${delivery.id}/redeliver`,
        headers: admin.headers,
      });
      expect(redeliver.statusCode, redeliver.body).toBe(202);
      expect(redeliver.json()).toMatchObject({ id: delivery.id, status: 'pending' });
      const [done] = await waitFor(async () => {
        const items = await deliveries(
          ctx.app,
          admin,
          wizardId,
          `?endpoint_id=${endpoint.id}&status=succeeded`,
        );
        return items.length > 0 && items;
      });
      expect(done!.attempts.map((a) => a.outcome)).toEqual(['failed', 'success']);
      expect(receiver.at('/bad').map((r) => r.headers['webhook-id'])).toEqual([delivery.id, delivery.id]);
    });

    it('retries after a timeout and honours Retry-After', async () => {
      const endpoint = await createEndpoint(ctx.app, admin, wizardId, {
        url: receiver.url('/slow'),
        events: ['run.completed'],
      });
      receiver.script(
        '/slow',
        [{ status: 200, delayMs: 1000 }, { status: 429, headers: { 'retry-after': '1' } }, { status: 200 }],
        endpoint.secret,
      );
      await sendTest(ctx.app, admin, wizardId, endpoint.id);
      const [done] = await waitFor(async () => {
        const items = await deliveries(
          ctx.app,
          admin,
          wizardId,
          `?endpoint_id=${endpoint.id}&status=succeeded`,
        );
        return items.length > 0 && items;
      }, 15_000);
      expect(done!.attempts.map((a) => [a.status_code, a.outcome])).toEqual([
        [null, 'retry'],
        [429, 'retry'],
        [200, 'success'],
      ]);
      expect(done!.attempts[0]!.error).toMatch(/no answer within 400 ms/);
      const gap = Date.parse(done!.attempts[2]!.started_at) - Date.parse(done!.attempts[1]!.started_at);
      expect(gap).toBeGreaterThanOrEqual(1000);
    });

    it('logs a network error and keeps the delivery pending with a next attempt', async () => {
      const endpoint = await createEndpoint(ctx.app, admin, wizardId, {
        url: 'http://127.0.0.1:1/nothing-listens',
        events: ['run.completed'],
      });
      await sendTest(ctx.app, admin, wizardId, endpoint.id);
      const [pending] = await waitFor(async () => {
        const items = await deliveries(ctx.app, admin, wizardId, `?endpoint_id=${endpoint.id}`);
        return (items[0]?.attempts.length ?? 0) > 0 && items;
      });
      expect(pending).toMatchObject({ status: 'pending', last_status_code: null });
      expect(pending!.attempts[0]).toMatchObject({ status_code: null, outcome: 'retry' });
      expect(pending!.attempts[0]!.error).toMatch(/ECONNREFUSED/);
      expect(pending!.next_attempt_at).not.toBeNull();
      const conflict = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/webhook-deliveries/${pending!.id}/redeliver`,
        headers: admin.headers,
      });
      expect(conflict.statusCode).toBe(409);
      await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/wizards/${wizardId}/webhooks/${endpoint.id}`,
        headers: admin.headers,
      });
    });

    it('stores the secret encrypted and never returns it after creation', async () => {
      const created = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/wizards/${wizardId}/webhooks`,
        headers: admin.headers,
        payload: {
          url: 'https://hooks.example.com/in',
          events: ['run.completed', 'run.abandoned'],
          description: 'CRM',
        },
      });
      expect(created.statusCode).toBe(201);
      const { id, secret } = created.json();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
      const listed = await ctx.app.inject({
        url: `/api/v1/wizards/${wizardId}/webhooks`,
        headers: admin.headers,
      });
      expect(listed.body).not.toContain(secret.slice(6));
      expect(listed.json().items.find((e: { id: string }) => e.id === id)).toEqual(
        expect.not.objectContaining({ secret: expect.anything() }),
      );
      const patched = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/wizards/${wizardId}/webhooks/${id}`,
        headers: admin.headers,
        payload: { enabled: false, events: ['run.step_completed'] },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({
        enabled: false,
        events: ['run.step_completed'],
        description: 'CRM',
      });
      expect(patched.body).not.toContain(secret.slice(6));
      const rows = await ctx.db.select({ sealed: webhookEndpoints.secretEncrypted }).from(webhookEndpoints);
      expect(rows.every((r) => !r.sealed.includes(secret.slice(6)) && r.sealed.startsWith('v1.'))).toBe(true);
      const deleted = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/wizards/${wizardId}/webhooks/${id}`,
        headers: admin.headers,
      });
      expect(deleted.statusCode).toBe(204);
    });
  },
  WEBHOOK_TEST_ENV,
);
