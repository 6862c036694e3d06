import { expect, it } from 'vitest';
import { createTenant } from '../../src/db/accounts.js';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { startRun } from './runs-helpers.js';

interface AdminTenantJson {
  id: string;
  name: string;
  created_at: string;
  member_count: number;
  wizard_count: number;
  run_count: number;
}

describeEachApp('GET /api/v1/admin/tenants', (ctx) => {
  let root: TestAccount; // the first account: superadmin, owner of `default`
  let owner: TestAccount; // owner of "Zeta works", not a superadmin
  const as = (who: TestAccount, method: 'GET' | 'POST', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) });

  it('lists every tenant by name, one nobody belongs to included, with its counts', async () => {
    root = await signUp(ctx.app, 'root@example.com');
    owner = await signUp(ctx.app, 'owner@example.com');
    await addUser(ctx.app, owner, 'member@example.com', 'member');
    await createTenant(ctx.db, { id: 'empty', name: 'Empty lot' });
    expect((await as(root, 'POST', '/api/v1/tenants', { name: 'Acme', id: 'acme' })).statusCode).toBe(201);

    const kept = await as(owner, 'POST', '/api/v1/wizards', leadWizard());
    const archived = await as(owner, 'POST', '/api/v1/wizards', leadWizard({ slug: 'old-leads' }));
    expect((await as(owner, 'POST', `/api/v1/wizards/${kept.json().id}/publish`)).statusCode).toBe(200);
    expect((await as(owner, 'POST', `/api/v1/wizards/${archived.json().id}/archive`)).statusCode).toBe(200);
    await startRun(ctx.app, {}, owner.headers);
    await startRun(ctx.app, {}, owner.headers);
    await startRun(ctx.app);
    const defaultWizards = (await as(root, 'GET', '/api/v1/wizards?limit=1')).json().total;

    const response = await as(root, 'GET', '/api/v1/admin/tenants');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: AdminTenantJson[] }>().items;
    expect(items.map(({ created_at: _, ...counts }) => counts)).toEqual([
      { id: 'acme', name: 'Acme', member_count: 1, wizard_count: 0, run_count: 0 },
      { id: 'default', name: 'Default', member_count: 1, wizard_count: defaultWizards, run_count: 1 },
      { id: 'empty', name: 'Empty lot', member_count: 0, wizard_count: 0, run_count: 0 },
      { id: owner.tenantId, name: "owner's workspace", member_count: 2, wizard_count: 1, run_count: 2 },
    ]);
    expect(defaultWizards).toBeGreaterThan(0);
    for (const t of items) expect(new Date(t.created_at).toISOString()).toBe(t.created_at);
  });

  it('answers 403 problem+json to an owner who is not a superadmin, and 401 to anonymous callers', async () => {
    const forbidden = await as(owner, 'GET', '/api/v1/admin/tenants');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.headers['content-type']).toContain('application/problem+json');
    expect(forbidden.json()).toMatchObject({ status: 403, detail: expect.any(String) });
    const anonymous = await ctx.app.inject({ url: '/api/v1/admin/tenants' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
  });
});
