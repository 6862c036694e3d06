import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { startRun, type StartJson } from './runs-helpers.js';

describeEachApp("GET /runs/:id names the run's starter to its tenant only", (ctx) => {
  let owner: TestAccount;
  let member: TestAccount;
  let other: TestAccount;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'ada@example.com', 'Ada Lovelace');
    member = await addUser(ctx.app, owner, 'grace@example.com', 'member');
    other = await signUp(ctx.app, 'eve@example.com', 'Eve');
  });

  /** `GET /api/v1/runs/:id` with these headers: the status and the body. */
  const read = async (runId: string, headers: Record<string, string>) => {
    const response = await ctx.app.inject({ url: `/api/v1/runs/${runId}`, headers });
    return { status: response.statusCode, body: response.json<StartJson>() };
  };

  it("shows a signed-in caller of the run's tenant who started the run", async () => {
    const run = await startRun(ctx.app, {}, owner.headers);
    const { status, body } = await read(run.id, owner.headers);
    expect(status).toBe(200);
    expect(body.started_by).toEqual({ id: owner.userId, name: 'Ada Lovelace', email: 'ada@example.com' });

    const members = await startRun(ctx.app, {}, member.headers);
    const expected = { id: member.userId, name: 'grace', email: 'grace@example.com' };
    expect((await read(members.id, member.headers)).body.started_by).toEqual(expected);
    expect((await read(members.id, owner.headers)).body.started_by).toEqual(expected);
  });

  it('tells a caller holding only the run token nothing about the user', async () => {
    const run = await startRun(ctx.app, {}, owner.headers);
    const byToken = await read(run.id, run.headers);
    expect(byToken.status).toBe(200);
    expect(byToken.body.run.user_id).toBe(owner.userId);
    expect(byToken.body.started_by).toBeNull();
    // A session that does not open the run adds nothing to its token.
    expect((await read(run.id, { ...run.headers, ...other.headers })).body.started_by).toBeNull();
    expect((await read(run.id, { ...run.headers, ...member.headers })).body.started_by).toBeNull();
    // The other routes answer the run state without it.
    const set = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/runs/${run.id}/values`,
      headers: owner.headers,
      payload: { values: { full_name: 'Ada Lovelace' } },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).not.toHaveProperty('started_by');
  });

  it('gives null for a run without a user, and 404 to another tenant', async () => {
    const anonymous = await startRun(ctx.app, { visitor_id: 'visitor-1' });
    const { status, body } = await read(anonymous.id, owner.headers);
    expect(status).toBe(200);
    expect(body.run.user_id).toBeNull();
    expect(body.started_by).toBeNull();
    expect((await read(anonymous.id, anonymous.headers)).body.started_by).toBeNull();

    const owners = await startRun(ctx.app, {}, owner.headers);
    expect((await read(owners.id, other.headers)).status).toBe(404);
  });
});
