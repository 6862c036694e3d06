import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { startRun, type RunListJson, type StartedRun } from './runs-helpers.js';

/** Every run route, as [method, path suffix, payload]. */
const RUN_ROUTES: Array<[string, string, unknown?]> = [
  ['GET', ''],
  ['PATCH', '/values', { values: { full_name: 'Eve' } }],
  ['POST', '/navigate', { action: 'next' }],
  ['POST', '/messages', { text: 'hello' }],
  ['POST', '/complete'],
  ['POST', '/abandon', {}],
  ['GET', '/events'],
  ['GET', '/transcript'],
  ['GET', '/stream'],
  ['PUT', '/saved', { note: 'mine now' }],
  ['DELETE', '/saved'],
];

describeEachApp('runs API access', (ctx) => {
  let owner: TestAccount;
  let other: TestAccount;
  let member: TestAccount;
  let ownersRun: StartedRun;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'owner@example.com');
    other = await signUp(ctx.app, 'other@example.com');
    member = await addUser(ctx.app, owner, 'member@example.com', 'member');
    ownersRun = await startRun(ctx.app, {}, owner.headers);
  });

  it('answers 404 to another tenant on every route of a run, whatever the route', async () => {
    expect(other.tenantId).not.toBe(owner.tenantId);
    for (const [method, suffix, payload] of RUN_ROUTES) {
      const response = await ctx.app.inject({
        method: method as 'GET',
        url: `/api/v1/runs/${ownersRun.id}${suffix}`,
        headers: other.headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      expect(response.statusCode, `${method} ${suffix}: ${response.body}`).toBe(404);
    }
    const own = await ctx.app.inject({ url: `/api/v1/runs/${ownersRun.id}`, headers: owner.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json().run.user_id).toBe(owner.userId);
    // Another tenant has no lead-capture of its own to start.
    const start = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/runs',
      headers: other.headers,
      payload: { slug: 'lead-capture', channel: 'form' },
    });
    expect(start.statusCode).toBe(404);
  });

  it("scopes a run token to its run: run A's token cannot read run B", async () => {
    const a = await startRun(ctx.app);
    const b = await startRun(ctx.app);
    expect(a.body.run.user_id).toBeNull();
    expect((await ctx.app.inject({ url: `/api/v1/runs/${a.id}`, headers: a.headers })).statusCode).toBe(200);
    for (const [method, suffix, payload] of RUN_ROUTES.slice(0, 9)) {
      const response = await ctx.app.inject({
        method: method as 'GET',
        url: `/api/v1/runs/${b.id}${suffix}`,
        headers: a.headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      expect(response.statusCode, `${method} ${suffix}`).toBe(404);
    }
    const forged = { 'x-run-token': `${a.token.slice(0, -2)}xx` };
    expect((await ctx.app.inject({ url: `/api/v1/runs/${a.id}`, headers: forged })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: `/api/v1/runs/${a.id}` })).statusCode).toBe(401);
    // The tenant's admins reach anonymous runs of their tenant with their session; other tenants do not.
    expect((await ctx.app.inject({ url: `/api/v1/runs/${a.id}`, headers: owner.headers })).statusCode).toBe(
      200,
    );
    expect((await ctx.app.inject({ url: `/api/v1/runs/${a.id}`, headers: other.headers })).statusCode).toBe(
      404,
    );
    // Saving a run needs a session: a run token is not enough.
    const save = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/runs/${a.id}/saved`,
      headers: a.headers,
    });
    expect(save.statusCode).toBe(401);
  });

  it('lets members use their own runs only, and keeps the run list for admins', async () => {
    const mine = await startRun(ctx.app, { channel: 'chat' }, member.headers);
    expect(
      (await ctx.app.inject({ url: `/api/v1/runs/${mine.id}`, headers: member.headers })).statusCode,
    ).toBe(200);
    const theirs = await ctx.app.inject({ url: `/api/v1/runs/${ownersRun.id}`, headers: member.headers });
    expect(theirs.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/v1/runs', headers: member.headers })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/v1/runs' })).statusCode).toBe(401);
    const myRuns = (
      await ctx.app.inject({ url: '/api/v1/runs/mine', headers: member.headers })
    ).json<RunListJson>();
    expect(myRuns.runs.map((r) => r.id)).toEqual([mine.id]);
  });

  it('lists the tenant runs newest first with filters and cursor pagination', async () => {
    const started = [];
    for (let i = 0; i < 3; i++) started.push(await startRun(ctx.app, { channel: 'voice' }, owner.headers));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `channel=voice&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (
        await ctx.app.inject({ url: `/api/v1/runs?${query}`, headers: owner.headers })
      ).json<RunListJson>();
      expect(page.runs.length).toBeLessThanOrEqual(2);
      seen.push(...page.runs.map((r) => r.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(started.map((r) => r.id).reverse());
    const wizardId = ownersRun.body.run.wizard_id;
    const all = (
      await ctx.app.inject({
        url: `/api/v1/runs?wizard_id=${wizardId}&status=active`,
        headers: owner.headers,
      })
    ).json<RunListJson>();
    expect(all.runs.length).toBeGreaterThanOrEqual(5);
    expect(all.runs.every((r) => r.tenant_id === owner.tenantId && r.status === 'active')).toBe(true);
    const future = (
      await ctx.app.inject({ url: '/api/v1/runs?created_from=2999-01-01', headers: owner.headers })
    ).json();
    expect(future.runs).toEqual([]);
    const elsewhere = (await ctx.app.inject({ url: '/api/v1/runs', headers: other.headers })).json();
    expect(elsewhere.runs).toEqual([]);
    for (const query of ['cursor=bogus', 'status=done', 'created_to=yesterday', 'limit=0']) {
      const response = await ctx.app.inject({ url: `/api/v1/runs?${query}`, headers: owner.headers });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it("stars runs into the user's saved runs with a note, and unstars them", async () => {
    const star = async (note: string) =>
      ctx.app.inject({
        method: 'PUT',
        url: `/api/v1/runs/${ownersRun.id}/saved`,
        headers: owner.headers,
        payload: { note },
      });
    expect((await star('call back')).json()).toMatchObject({ note: 'call back', run: { id: ownersRun.id } });
    expect((await star('called')).statusCode).toBe(200);
    const saved = (await ctx.app.inject({ url: '/api/v1/runs/saved', headers: owner.headers })).json();
    expect(saved.saved).toEqual([expect.objectContaining({ note: 'called', run: expect.any(Object) })]);
    const others = (await ctx.app.inject({ url: '/api/v1/runs/saved', headers: other.headers })).json();
    expect(others.saved).toEqual([]);
    const url = `/api/v1/runs/${ownersRun.id}/saved`;
    expect((await ctx.app.inject({ method: 'DELETE', url, headers: owner.headers })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'DELETE', url, headers: owner.headers })).statusCode).toBe(404);
  });
});
