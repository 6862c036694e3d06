import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { addUser, signUp } from './auth-helpers.js';

describeEachApp("an API key's role follows its owner's current role", (ctx) => {
  it('acts as a member once its admin owner is demoted to member', async () => {
    const owner = await signUp(ctx.app, 'key-owner@example.com');
    const admin = await addUser(ctx.app, owner, 'key-admin@example.com', 'admin');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'admin key', role: 'admin' },
    });
    expect(created.statusCode).toBe(201);
    const key = { authorization: `Bearer ${created.json<{ key: string }>().key}` };
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: key })).statusCode).toBe(
      200,
    );

    const demoted = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.userId}`,
      headers: owner.headers,
      payload: { role: 'member' },
    });
    expect(demoted.statusCode).toBe(200);

    const promote = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.userId}`,
      headers: key,
      payload: { role: 'admin' },
    });
    expect(promote.statusCode).toBe(403);
    expect(promote.headers['content-type']).toContain('application/problem+json');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: key })).statusCode).toBe(
      403,
    );
    const mint = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: key,
      payload: { name: 'another', role: 'admin' },
    });
    expect(mint.statusCode).toBe(403);
    const members = await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: owner.headers });
    const row = members
      .json<{ items: Array<{ id: string; role: string }> }>()
      .items.find((u) => u.id === admin.userId);
    expect(row?.role).toBe('member');
  });

  it('keeps its own role when that is the lower one', async () => {
    const owner = await signUp(ctx.app, 'key-owner2@example.com');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: owner.headers,
      payload: { name: 'member key', role: 'member' },
    });
    const key = { authorization: `Bearer ${created.json<{ key: string }>().key}` };
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: key })).statusCode).toBe(
      403,
    );
  });
});
