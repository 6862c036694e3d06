import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { setValues, startRun, type EventsJson, type ProblemJson, type StartedRun } from './runs-helpers.js';

/** Names `key_0` … `key_{n-1}`, none a field of lead-capture, each set to 'x'. */
function unknownValues(n: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`key_${i}`, 'x']));
}

describeEachApp('PATCH /runs/:id/values with names the wizard does not have', (ctx) => {
  async function lastSeq(run: StartedRun): Promise<number> {
    const events = await ctx.app.inject({ url: `/api/v1/runs/${run.id}/events`, headers: run.headers });
    return events.json<EventsJson>().last_seq;
  }

  it('answers 400 naming body.values for more values than a request may carry, storing nothing', async () => {
    const run = await startRun(ctx.app);
    const before = await lastSeq(run);
    const response = await setValues(ctx.app, run, unknownValues(20_000));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<ProblemJson>().invalid_params?.map((p) => p.name)).toEqual(['body.values']);
    expect(response.body.length).toBeLessThan(2_000);
    expect(await lastSeq(run)).toBe(before);
  });

  it('refuses the whole command with one short problem, applying nothing and storing at most one event', async () => {
    const run = await startRun(ctx.app);
    const before = await lastSeq(run);
    const response = await setValues(ctx.app, run, { full_name: 'Ada Lovelace', ...unknownValues(150) });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<ProblemJson>();
    expect(problem.invalid_params).toHaveLength(1);
    expect(problem.invalid_params?.[0]?.name).toBe('body.values');
    expect(problem.applied ?? []).toEqual([]);
    const named = problem.detail.match(/key_\d+/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThanOrEqual(30);
    expect(problem.detail).toContain('more');
    expect(response.body.length).toBeLessThan(10_000);
    expect((await lastSeq(run)) - before).toBeLessThanOrEqual(1);
    const state = await ctx.app.inject({ url: `/api/v1/runs/${run.id}`, headers: run.headers });
    expect(state.json<{ values: Record<string, unknown> }>().values.full_name).toBeUndefined();
  });

  it('still applies known values and names each refused one', async () => {
    const run = await startRun(ctx.app);
    const response = await setValues(ctx.app, run, { full_name: 'Ada Lovelace', email: 'not an email' });
    expect(response.statusCode).toBe(422);
    const problem = response.json<ProblemJson>();
    expect(problem.applied).toEqual(['full_name']);
    expect(problem.invalid_params?.map((p) => p.name)).toEqual(['body.values.email']);
  });
});

describeEachApp(
  'PATCH /runs/:id/values rate limits',
  (ctx) => {
    it('limits each run to GUIDEPOST_RATE_LIMIT_VALUES and each client address to _PER_IP a minute', async () => {
      const first = await startRun(ctx.app);
      for (let i = 0; i < 3; i++)
        expect((await setValues(ctx.app, first, { full_name: `Ada ${i}` })).statusCode).toBe(200);
      const limited = await setValues(ctx.app, first, { full_name: 'Ada again' });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

      const second = await startRun(ctx.app);
      expect((await setValues(ctx.app, second, { full_name: 'Bob' })).statusCode).toBe(200);
      const perIp = await setValues(ctx.app, second, { full_name: 'Bob again' });
      expect(perIp.statusCode).toBe(429);
    });
  },
  { GUIDEPOST_RATE_LIMIT_VALUES: '3', GUIDEPOST_RATE_LIMIT_VALUES_PER_IP: '5' },
);
