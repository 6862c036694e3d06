import { beforeAll, expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import type { ProblemJson } from './runs-helpers.js';

/** `{"!": {"!": … {"var": "full_name"}}}` with `levels` negations. */
function negated(levels: number): Record<string, unknown> {
  let logic: Record<string, unknown> = { var: 'full_name' };
  for (let i = 0; i < levels; i++) logic = { '!': logic };
  return logic;
}

/** The lead wizard with `show_if` on its second field (email). */
function withCondition(slug: string, show_if: Record<string, unknown>) {
  const wizard = leadWizard({ slug, id: slug });
  wizard.steps[0]!.fields![1] = { ...wizard.steps[0]!.fields![1]!, conditions: { show_if } };
  return wizard;
}

describeEachApp('deeply nested conditions', (ctx) => {
  let owner: TestAccount;
  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'GET', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: owner.headers, ...(payload ? { payload } : {}) });
  const count = async () => (await send('GET', '/api/v1/wizards')).json<{ total: number }>().total;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'deep@example.com');
  });

  it('refuses 2,000 levels of "!" with a 4xx problem and stores nothing', async () => {
    const before = await count();
    const response = await send('POST', '/api/v1/wizards', withCondition('deep-2000', negated(2000)));
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await count()).toBe(before);
  });

  it('refuses a condition deeper than 32 levels naming it (422 for definitions, 400 for a step edit), storing nothing', async () => {
    const before = await count();
    const path = 'body.steps.0.fields.1.conditions.show_if';
    const created = await send('POST', '/api/v1/wizards', withCondition('deep-40', negated(40)));
    expect(created.statusCode, created.body).toBe(422);
    expect(created.json<ProblemJson>().invalid_params?.map((p) => p.name)).toContain(path);
    expect(await count()).toBe(before);

    const ok = await send('POST', '/api/v1/wizards', withCondition('deep-30', negated(30)));
    expect(ok.statusCode, ok.body).toBe(201);
    const id = ok.json<{ id: string }>().id;
    const updated = await send('PUT', `/api/v1/wizards/${id}`, withCondition('deep-30', negated(40)));
    expect(updated.statusCode, updated.body).toBe(422);
    const step = withCondition('deep-30', negated(40)).steps[0]!;
    const edited = await send('PATCH', `/api/v1/wizards/${id}/steps/contact`, { fields: step.fields });
    expect(edited.statusCode, edited.body).toBe(400);
    expect(edited.json<ProblemJson>().invalid_params?.map((p) => p.name)).toContain(
      'body.fields.1.conditions.show_if',
    );
    for (const [method, url] of [
      ['GET', `/api/v1/wizards/${id}`],
      ['POST', `/api/v1/wizards/${id}/clone`],
      ['POST', `/api/v1/wizards/${id}/publish`],
    ] as const) {
      const response = await send(method, url, method === 'POST' ? {} : undefined);
      expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
    }
  });

  it('refuses a condition of more than 1,000 values with 422', async () => {
    const wide = { or: Array.from({ length: 1_200 }, (_, i) => ({ '==': [{ var: 'full_name' }, `n${i}`] })) };
    const response = await send('POST', '/api/v1/wizards', withCondition('wide', wide));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(422);
  });
});
