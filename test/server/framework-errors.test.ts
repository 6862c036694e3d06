import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { startRun, type ProblemJson } from './runs-helpers.js';

describeEachApp('answers Fastify and Node refuse before a route runs', (ctx) => {
  let base: string;
  beforeAll(async () => {
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await ctx.app.close();
  });

  async function expectProblem(path: string, status: number): Promise<ProblemJson> {
    const response = await fetch(base + path);
    const body = await response.text();
    expect(response.status, body).toBe(status);
    expect(response.headers.get('content-type'), body).toContain('application/problem+json');
    const problem = JSON.parse(body) as ProblemJson;
    expect(problem.status).toBe(status);
    expect(problem.detail).toBeTruthy();
    return problem;
  }

  it('answers a bad URL encoding with 400 problem+json', async () => {
    await expectProblem('/api/v1/wizards/%E0%A4%A', 400);
  });

  it('answers a 5,000-character id with 414 problem+json', async () => {
    const response = await fetch(`${base}/api/v1/runs/${'a'.repeat(5000)}/values`, {
      method: 'PATCH',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    const body = await response.text();
    expect(response.status, body).toBe(414);
    expect(response.headers.get('content-type'), body).toContain('application/problem+json');
  });

  it('answers a 20 kB query with 431 problem+json', async () => {
    await expectProblem(`/api/v1/runs?q=${'a'.repeat(20_000)}`, 431);
  });

  it('names body.step_id when navigate goes to an unknown step', async () => {
    const run = await startRun(ctx.app);
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/navigate`,
      headers: run.headers,
      payload: { action: 'go_to', step_id: 'nowhere' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<ProblemJson>().invalid_params?.map((p) => p.name)).toEqual(['body.step_id']);
  });
});
