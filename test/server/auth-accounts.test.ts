import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { addUser, PASSWORD, signUp, type TestAccount } from './auth-helpers.js';

describeEachApp('auth: API keys, tenants and users', (ctx) => {
  let root: TestAccount;
  let owner: TestAccount;
  const as = (who: TestAccount, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) });

  it('creates, uses, lists and revokes API keys', async () => {
    root = await signUp(ctx.app, 'root@example.com');
    owner = await signUp(ctx.app, 'owner@example.com');
    const created = await as(owner, 'POST', '/api/v1/api-keys', { name: 'CRM sync', role: 'admin' });
    expect(created.statusCode).toBe(201);
    const { key, id, prefix } = created.json();
    expect(key).toMatch(/^gp_/);
    expect(key.startsWith(prefix)).toBe(true);

    const me = await ctx.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${key}` } });
    expect(me.json()).toMatchObject({ via: 'api_key', active_tenant: { id: owner.tenantId, role: 'admin' } });
    const list = (await as(owner, 'GET', '/api/v1/api-keys')).json().items;
    expect(list).toEqual([expect.objectContaining({ id, prefix, name: 'CRM sync', revoked_at: null })]);
    expect(JSON.stringify(list)).not.toContain(key);

    expect((await as(owner, 'DELETE', `/api/v1/api-keys/${id}`)).statusCode).toBe(204);
    const after = await ctx.app.inject({
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('lists my tenants; only superadmins create tenants or list every user', async () => {
    expect((await as(owner, 'GET', '/api/v1/tenants')).json().items).toEqual([
      { id: owner.tenantId, name: "owner's workspace", role: 'owner' },
    ]);
    expect((await as(owner, 'POST', '/api/v1/tenants', { name: 'Acme' })).statusCode).toBe(403);
    expect((await as(owner, 'GET', '/api/v1/admin/users')).statusCode).toBe(403);
    const acme = await as(root, 'POST', '/api/v1/tenants', { name: 'Acme', id: 'acme' });
    expect(acme.json()).toEqual({ id: 'acme', name: 'Acme', role: 'owner' });
    expect((await as(root, 'POST', '/api/v1/tenants', { name: 'Acme', id: 'acme' })).statusCode).toBe(409);
    const all = (await as(root, 'GET', '/api/v1/admin/users')).json().items;
    expect(all.map((u: { email: string }) => u.email)).toEqual(['owner@example.com', 'root@example.com']);
  });

  it('manages the users of a tenant with owner-only owner changes', async () => {
    const admin = await addUser(ctx.app, owner, 'admin@example.com', 'admin');
    const member = await addUser(ctx.app, owner, 'member@example.com', 'member');
    expect(admin.tenantId).toBe(owner.tenantId);
    const users = (await as(admin, 'GET', '/api/v1/users')).json().items;
    expect(users.map((u: { email: string; role: string }) => `${u.email}:${u.role}`)).toEqual([
      'admin@example.com:admin',
      'member@example.com:member',
      'owner@example.com:owner',
    ]);
    expect((await as(member, 'GET', '/api/v1/users')).statusCode).toBe(403);
    expect((await as(admin, 'PATCH', `/api/v1/users/${member.userId}`, { role: 'owner' })).statusCode).toBe(
      403,
    );
    expect((await as(admin, 'PATCH', `/api/v1/users/${member.userId}`, { role: 'admin' })).json().role).toBe(
      'admin',
    );
    expect((await as(admin, 'DELETE', `/api/v1/users/${owner.userId}`)).statusCode).toBe(403);
    const lastOwner = await as(owner, 'PATCH', `/api/v1/users/${owner.userId}`, { role: 'admin' });
    expect(lastOwner.statusCode).toBe(409);
    expect((await as(owner, 'POST', '/api/v1/users', { email: 'member@example.com' })).statusCode).toBe(409);
    expect((await as(owner, 'POST', '/api/v1/users', { email: 'nobody@example.com' })).statusCode).toBe(404);
    expect((await as(owner, 'DELETE', `/api/v1/users/${member.userId}`)).statusCode).toBe(204);
    // Removed from its only tenant, the account acts nowhere.
    expect((await as(member, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('switches the active tenant by session or by X-Tenant-Id', async () => {
    await as(owner, 'POST', '/api/v1/users', { email: 'root@example.com', role: 'member' });
    const inOwners = await ctx.app.inject({
      url: '/api/v1/auth/me',
      headers: { ...root.headers, 'x-tenant-id': owner.tenantId },
    });
    expect(inOwners.json().active_tenant).toMatchObject({ id: owner.tenantId, role: 'member' });
    const superadminAnywhere = await ctx.app.inject({
      url: '/api/v1/auth/me',
      headers: { ...root.headers, 'x-tenant-id': 'acme' },
    });
    expect(superadminAnywhere.json().active_tenant.id).toBe('acme');
    const denied = await ctx.app.inject({
      url: '/api/v1/auth/me',
      headers: { ...owner.headers, 'x-tenant-id': 'acme' },
    });
    expect(denied.statusCode).toBe(403);

    const switched = await as(root, 'POST', '/api/v1/auth/switch-tenant', { tenant_id: owner.tenantId });
    expect(switched.json().active_tenant).toMatchObject({ id: owner.tenantId, role: 'member' });
    expect((await as(root, 'GET', '/api/v1/auth/me')).json().active_tenant.id).toBe(owner.tenantId);
    expect((await as(owner, 'POST', '/api/v1/auth/switch-tenant', { tenant_id: 'acme' })).statusCode).toBe(
      403,
    );
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'root@example.com', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().tenant.id).toBe(owner.tenantId); // sign-in resumes in the last active tenant
  });
});
