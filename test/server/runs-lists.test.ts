import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { setValues, startRun, type RunListJson, type StartedRun } from './runs-helpers.js';

/** `GET url` as `account`; throws unless 200. */
async function list(ctx: { app: import('fastify').FastifyInstance }, account: TestAccount, url: string) {
  const response = await ctx.app.inject({ url, headers: account.headers });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json<RunListJson>();
}

describeEachApp('runs lists: search, wizard names and progress', (ctx) => {
  let owner: TestAccount;
  let member: TestAccount;
  let other: TestAccount;
  let ada: StartedRun;
  let grace: StartedRun;
  let membersRun: StartedRun;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'owner@example.com');
    other = await signUp(ctx.app, 'other@example.com');
    member = await addUser(ctx.app, owner, 'member@example.com', 'member');
    ada = await startRun(ctx.app, { visitor_id: 'visitor-42' }, owner.headers);
    await setValues(ctx.app, ada, { full_name: 'Augusta Ada Lovelace', email: 'ada@example.com' });
    grace = await startRun(ctx.app, {}, owner.headers);
    await setValues(ctx.app, grace, { full_name: 'Grace 100%_Hopper' });
    membersRun = await startRun(ctx.app, {}, member.headers);
    await setValues(ctx.app, membersRun, { full_name: 'Augusta Ada Byron' });
  });

  it('finds runs by a value, case-insensitively, within the tenant', async () => {
    const found = await list(ctx, owner, '/api/v1/runs?q=LOVELACE');
    expect(found.runs.map((r) => r.id)).toEqual([ada.id]);
    const both = await list(ctx, owner, '/api/v1/runs?q=augusta');
    expect(both.runs.map((r) => r.id).sort()).toEqual([ada.id, membersRun.id].sort());
    expect((await list(ctx, other, '/api/v1/runs?q=augusta')).runs).toEqual([]);
  });

  it('finds runs by visitor id and by (part of) run id', async () => {
    expect((await list(ctx, owner, '/api/v1/runs?q=visitor-4')).runs.map((r) => r.id)).toEqual([ada.id]);
    const part = grace.id.slice(0, 13).toUpperCase();
    expect((await list(ctx, owner, `/api/v1/runs?q=${part}`)).runs.map((r) => r.id)).toEqual([grace.id]);
  });

  it('matches LIKE wildcards literally and never matches field names', async () => {
    expect((await list(ctx, owner, '/api/v1/runs?q=100%25_H')).runs.map((r) => r.id)).toEqual([grace.id]);
    expect((await list(ctx, owner, '/api/v1/runs?q=%25')).runs.map((r) => r.id)).toEqual([grace.id]);
    expect((await list(ctx, owner, '/api/v1/runs?q=full_name')).runs).toEqual([]);
  });

  it("searches only the caller's runs on /runs/mine, combined with other filters", async () => {
    const mine = await list(ctx, member, '/api/v1/runs/mine?q=augusta');
    expect(mine.runs.map((r) => r.id)).toEqual([membersRun.id]);
    expect((await list(ctx, owner, '/api/v1/runs?q=augusta&status=completed')).runs).toEqual([]);
    expect((await list(ctx, owner, '/api/v1/runs?q=augusta&channel=form')).runs.length).toBe(2);
  });

  it('gives each listed run its wizard name and required-field progress', async () => {
    const page = await list(ctx, owner, '/api/v1/runs');
    const row = page.runs.find((r) => r.id === ada.id)!;
    expect(row.wizard_name).toBe('Lead capture');
    // lead-capture requires full_name, email, company, budget, consent…: two are answered.
    expect(row.progress).toMatchObject({ answered: 2 });
    expect(row.progress!.required).toBeGreaterThan(2);
    expect(page.runs.find((r) => r.id === grace.id)!.progress).toMatchObject({ answered: 1 });
  });

  it('gives saved runs the wizard name and progress too', async () => {
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/runs/${ada.id}/saved`,
      headers: owner.headers,
      payload: { note: 'hot lead' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().run).toMatchObject({ id: ada.id, wizard_name: 'Lead capture' });
    const saved = (await ctx.app.inject({ url: '/api/v1/runs/saved', headers: owner.headers })).json();
    expect(saved.saved[0]).toMatchObject({
      note: 'hot lead',
      run: { id: ada.id, progress: { answered: 2 } },
    });
  });
});
