import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { PASSWORD, signUp } from './auth-helpers.js';

describeEachApp('auth: accounts and sessions', (ctx) => {
  it('makes the first account superadmin and owner of the default tenant', async () => {
    const first = await signUp(ctx.app, 'Root@Example.com', 'Root');
    expect(first.tenantId).toBe('default');
    const me = await ctx.app.inject({ url: '/api/v1/auth/me', headers: first.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: 'root@example.com', name: 'Root', superadmin: true },
      tenants: [{ id: 'default', role: 'owner' }],
      active_tenant: { id: 'default', role: 'owner' },
      via: 'session',
    });
  });

  it('gives later accounts a tenant of their own', async () => {
    const ann = await signUp(ctx.app, 'ann@example.com', 'Ann');
    expect(ann.tenantId).not.toBe('default');
    const me = (await ctx.app.inject({ url: '/api/v1/auth/me', headers: ann.headers })).json();
    expect(me.user.superadmin).toBe(false);
    expect(me.tenants).toEqual([{ id: ann.tenantId, name: "Ann's workspace", role: 'owner' }]);
  });

  it('refuses a taken email, a short password and unknown keys', async () => {
    const taken = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'ANN@example.com', password: PASSWORD, name: 'Again' },
    });
    expect(taken.statusCode).toBe(409);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'x@example.com', password: 'short', name: 'X', admin: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const names = bad.json().invalid_params.map((p: { name: string }) => p.name);
    expect(names).toContain('body.password');
    expect(JSON.stringify(bad.json())).toContain('admin');
  });

  it('signs in with a cookie and a bearer token, and signs out', async () => {
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'ann@example.com', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'ann@example.com', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === 'guidepost_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const { token } = signIn.json();
    expect(cookie.value).toBe(token);

    const byCookie = await ctx.app.inject({ url: '/api/v1/auth/me', cookies: { guidepost_session: token } });
    expect(byCookie.statusCode).toBe(200);
    const byBearer = await ctx.app.inject({
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(byBearer.json().user.email).toBe('ann@example.com');

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.statusCode).toBe(204);
    const after = await ctx.app.inject({ url: '/api/v1/auth/me', cookies: { guidepost_session: token } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('treats a forged or garbage token as anonymous', async () => {
    for (const authorization of ['Bearer nonsense', 'Bearer gp_nonsense', 'Basic abc']) {
      const response = await ctx.app.inject({ url: '/api/v1/auth/me', headers: { authorization } });
      expect(response.statusCode).toBe(401);
    }
    expect(
      (await ctx.app.inject({ url: '/health', headers: { authorization: 'Bearer x' } })).statusCode,
    ).toBe(200);
  });

  it('rate-limits sign-in per IP and email with 429 and Retry-After', async () => {
    const attempt = (email: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email, password: 'wrong-wrong' },
      });
    for (let i = 0; i < 10; i++) expect((await attempt('limited@example.com')).statusCode).toBe(401);
    const limited = await attempt('limited@example.com');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect((await attempt('other@example.com')).statusCode).toBe(401);
  });
});
