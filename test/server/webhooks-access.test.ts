import { beforeAll, expect, it } from 'vitest';
import { getBySlug } from '../../src/db/wizards.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { createEndpoint, sendTest } from './webhooks-helpers.js';

describeEachApp('webhook API access and input', (ctx) => {
  let admin: TestAccount;
  let other: TestAccount;
  let member: TestAccount;
  let wizardId: string;
  let endpointId: string;
  let deliveryId: string;
  beforeAll(async () => {
    admin = await signUp(ctx.app, 'root@example.com');
    other = await signUp(ctx.app, 'other@example.com');
    member = await addUser(ctx.app, admin, 'member@example.com', 'member');
    wizardId = (await getBySlug(ctx.db, 'lead-capture', 'default'))!.id;
    endpointId = (
      await createEndpoint(ctx.app, admin, wizardId, {
        url: 'https://hooks.example.com/a',
        events: ['run.completed'],
      })
    ).id;
    // The guard refuses the host at send time too, so this delivery fails without leaving the machine.
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/wizards/${wizardId}/webhooks/${endpointId}`,
      headers: admin.headers,
      payload: { enabled: false },
    });
    deliveryId = (await sendTest(ctx.app, admin, wizardId, endpointId)).id;
  });

  const routes = () => [
    { method: 'GET' as const, url: `/api/v1/wizards/${wizardId}/webhooks` },
    {
      method: 'POST' as const,
      url: `/api/v1/wizards/${wizardId}/webhooks`,
      payload: { url: 'https://x.example.com', events: ['run.completed'] },
    },
    {
      method: 'PATCH' as const,
      url: `/api/v1/wizards/${wizardId}/webhooks/${endpointId}`,
      payload: { enabled: true },
    },
    { method: 'DELETE' as const, url: `/api/v1/wizards/${wizardId}/webhooks/${endpointId}` },
    { method: 'POST' as const, url: `/api/v1/wizards/${wizardId}/webhooks/${endpointId}/test` },
    { method: 'GET' as const, url: `/api/v1/wizards/${wizardId}/webhooks/deliveries` },
    { method: 'POST' as const, url: `/api/v1/webhook-deliveries/${deliveryId}/redeliver` },
  ];

  it("answers 404 to another tenant's admin on every route", async () => {
    for (const route of routes()) {
      const response = await ctx.app.inject({ ...route, headers: other.headers });
      expect(response.statusCode, `${route.method} ${route.url}: ${response.body}`).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 403 to a member and 401 to anonymous callers', async () => {
    for (const route of routes()) {
      expect((await ctx.app.inject({ ...route, headers: member.headers })).statusCode).toBe(403);
      expect((await ctx.app.inject(route)).statusCode).toBe(401);
    }
  });

  it('refuses bad input with problem+json', async () => {
    const bad: Array<[Record<string, unknown>, number]> = [
      [{ url: 'ftp://example.com/x', events: ['run.completed'] }, 400],
      [{ url: 'not a url', events: ['run.completed'] }, 400],
      [{ url: 'https://example.com/x', events: [] }, 400],
      [{ url: 'https://example.com/x', events: ['run.started'] }, 400],
      [{ url: 'https://example.com/x', events: ['run.completed'], secret: 'whsec_mine' }, 400],
      [{ url: 'https://user:pw@example.com/x', events: ['run.completed'] }, 400],
      [{ url: 'http://127.0.0.1:9000/x', events: ['run.completed'] }, 400],
      [{ url: 'http://[::1]/x', events: ['run.completed'] }, 400],
      [{ url: 'http://localhost/x', events: ['run.completed'] }, 400],
    ];
    for (const [payload, status] of bad) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/wizards/${wizardId}/webhooks`,
        headers: admin.headers,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().detail).toBeTruthy();
    }
    const ids = ['not-a-uuid', '00000000-0000-0000-0000-000000000000'];
    for (const id of ids) {
      expect(
        (await ctx.app.inject({ url: `/api/v1/wizards/${id}/webhooks`, headers: admin.headers })).statusCode,
      ).toBe(404);
      const redeliver = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/webhook-deliveries/${id}/redeliver`,
        headers: admin.headers,
      });
      expect(redeliver.statusCode).toBe(404);
    }
    const query = await ctx.app.inject({
      url: `/api/v1/wizards/${wizardId}/webhooks/deliveries?status=lost&limit=0`,
      headers: admin.headers,
    });
    expect(query.statusCode).toBe(400);
  });
});
