import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

describeEachApp('sidekick API', (ctx) => {
  let admin: TestAccount;
  let member: TestAccount;
  const call = (who: TestAccount, method: string, url: string, payload?: object) =>
    ctx.app.inject({ method: method as 'GET', url, headers: who.headers, ...(payload && { payload }) });

  beforeAll(async () => {
    admin = await signUp(ctx.app, 'root@example.com');
    member = await addUser(ctx.app, admin, 'member@example.com', 'member');
  });

  it('lists the built-in Farah Qubit in every tenant', async () => {
    const list = await call(admin, 'GET', '/api/v1/sidekicks');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ name: 'Farah Qubit', slug: 'farah-qubit', builtin: true }),
    ]);
  });

  it('creates from the wizard field names, deriving the slug, and reads by id and by slug', async () => {
    const created = await call(admin, 'POST', '/api/v1/sidekicks', {
      name: 'Herman the Helper',
      personality_description: 'Cheerful and patient, explains things simply',
      voice_id: 'pro-british-male',
      avatar_prompt: 'a purple robot',
      config_mode: 'advanced',
      temperature: 0.3,
      retrieval_depth: 5,
      citation_style: 'inline',
      greeting: 'Hello there!',
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      slug: 'herman-the-helper',
      page_url: '/sidekicks/herman-the-helper',
      config_mode: 'advanced',
      temperature: 0.3,
      created_by: admin.userId,
    });
    expect((await call(member, 'GET', `/api/v1/sidekicks/${body.id}`)).json().name).toBe('Herman the Helper');
    const bySlug = await call(member, 'GET', '/api/v1/sidekicks/by-slug/herman-the-helper');
    expect(bySlug.json().id).toBe(body.id);
    const patched = await call(admin, 'PATCH', `/api/v1/sidekicks/${body.id}`, {
      greeting: null,
      status: 'draft',
    });
    expect(patched.json()).toMatchObject({ greeting: null, status: 'draft' });
  });

  it('answers a clear 409 for a taken slug and 400 naming a bad field', async () => {
    const taken = await call(admin, 'POST', '/api/v1/sidekicks', { name: 'Herman the Helper' });
    expect(taken.statusCode).toBe(409);
    expect(taken.headers['content-type']).toContain('application/problem+json');
    expect(taken.json().detail).toContain('herman-the-helper');
    const bad = await call(admin, 'POST', '/api/v1/sidekicks', { name: 'X', temperature: 5, colour: 'red' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('temperature');
    const badSlug = await call(admin, 'POST', '/api/v1/sidekicks', { name: 'X', slug: 'Not A Slug' });
    expect(badSlug.statusCode).toBe(400);
    expect(JSON.stringify(badSlug.json())).toContain('slug');
  });

  it('lets members read but not write, and refuses to delete a built-in', async () => {
    expect((await call(member, 'POST', '/api/v1/sidekicks', { name: 'Nope' })).statusCode).toBe(403);
    const farah = (await call(admin, 'GET', '/api/v1/sidekicks/by-slug/farah-qubit')).json();
    expect((await call(member, 'DELETE', `/api/v1/sidekicks/${farah.id}`)).statusCode).toBe(403);
    expect((await call(admin, 'DELETE', `/api/v1/sidekicks/${farah.id}`)).statusCode).toBe(409);
    const temp = (await call(admin, 'POST', '/api/v1/sidekicks', { name: 'Temporary' })).json();
    expect((await call(admin, 'DELETE', `/api/v1/sidekicks/${temp.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'GET', `/api/v1/sidekicks/${temp.id}`)).statusCode).toBe(404);
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await ctx.app.inject({ url: '/api/docs/json' })).json();
    for (const path of ['/api/v1/sidekicks', '/api/v1/sidekicks/{id}', '/api/v1/sidekicks/by-slug/{slug}'])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});

describeEachApp('sidekick avatars', (ctx) => {
  let admin: TestAccount;
  let stranger: TestAccount;
  beforeAll(async () => {
    admin = await signUp(ctx.app, 'root@example.com');
    stranger = await signUp(ctx.app, 'stranger@example.com');
  });

  it('draws a stored avatar from the prompt and serves it with ETag and Cache-Control (304 when unchanged)', async () => {
    const created = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/sidekicks',
        headers: admin.headers,
        payload: { name: 'Robo', avatar_prompt: 'a purple robot' },
      })
    ).json();
    expect(created.avatar_url).toMatch(new RegExp(`^/api/v1/sidekicks/${created.id}/avatar\\?v=`));
    const image = await ctx.app.inject({ url: created.avatar_url, headers: admin.headers });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toContain('image/svg+xml');
    expect(image.headers['cache-control']).toContain('max-age');
    expect(image.body).toContain('#7e22ce');
    const etag = image.headers.etag as string;
    const again = await ctx.app.inject({
      url: created.avatar_url,
      headers: { ...admin.headers, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect((await ctx.app.inject({ url: created.avatar_url, headers: stranger.headers })).statusCode).toBe(
      404,
    );
    const redrawn = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${created.id}/avatar`,
      headers: admin.headers,
      payload: { prompt: 'a green robot' },
    });
    expect(redrawn.json().avatar_prompt).toBe('a green robot');
    const green = await ctx.app.inject({ url: redrawn.json().avatar_url, headers: admin.headers });
    expect(green.headers.etag).not.toBe(etag);
    expect(green.body).toContain('#16a34a');
  });

  it('previews the embedded generator publicly, deterministic and cacheable', async () => {
    const a = await ctx.app.inject({ url: '/api/v1/avatars/preview?prompt=a%20purple%20robot' });
    expect(a.statusCode).toBe(200);
    expect(a.headers['x-avatar-style']).toBe('bottts');
    expect(a.headers['cache-control']).toContain('immutable');
    const b = await ctx.app.inject({ url: '/api/v1/avatars/preview?prompt=a%20purple%20robot' });
    expect(b.headers.etag).toBe(a.headers.etag);
  });
});
