import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { PASSWORD, signUp } from './auth-helpers.js';

describeEachApp('changing my own account and renaming the workspace', (ctx) => {
  const patchMe = (token: string, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  const signIn = (email: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });

  it('changes the name without a password, and email and password only with the current password', async () => {
    const me = await signUp(ctx.app, 'ada@example.com', 'Ada');
    const renamed = await patchMe(me.token, { name: 'Ada Lovelace' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().user.name).toBe('Ada Lovelace');

    const refused = await patchMe(me.token, { email: 'countess@example.com' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalid_params).toEqual([
      { name: 'body.current_password', reason: 'missing or wrong' },
    ]);
    const wrong = await patchMe(me.token, { password: 'a new long password', current_password: 'nope' });
    expect(wrong.statusCode).toBe(400);

    const changed = await patchMe(me.token, {
      email: 'Countess@Example.com',
      password: 'a new long password',
      current_password: PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user.email).toBe('countess@example.com');
    expect((await signIn('countess@example.com', 'a new long password')).statusCode).toBe(200);
    expect((await signIn('countess@example.com', PASSWORD)).statusCode).toBe(401);
  });

  it('refuses an email another account has, and a short new password, naming the field', async () => {
    const me = await signUp(ctx.app, 'grace@example.com');
    await signUp(ctx.app, 'taken@example.com');
    const taken = await patchMe(me.token, { email: 'taken@example.com', current_password: PASSWORD });
    expect(taken.statusCode).toBe(409);
    const short = await patchMe(me.token, { password: 'short', current_password: PASSWORD });
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json().invalid_params)).toContain('password');
  });

  it('renames the workspace (admins and owners)', async () => {
    const owner = await signUp(ctx.app, 'owner@example.com');
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/tenant/profile',
      headers: owner.headers,
      payload: { name: 'Analytical Engines' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name).toBe('Analytical Engines');
    const me = await ctx.app.inject({ url: '/api/v1/auth/me', headers: owner.headers });
    expect(me.json().active_tenant.name).toBe('Analytical Engines');
    const blank = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/tenant/profile',
      headers: owner.headers,
      payload: { name: '  ' },
    });
    expect(blank.statusCode).toBe(400);
  });
});
