import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import type { ProblemJson } from './runs-helpers.js';

describeEachApp('dates in run list queries', (ctx) => {
  let owner: TestAccount;
  beforeAll(async () => {
    owner = await signUp(ctx.app, 'dates@example.com');
  });

  for (const bad of [
    '99999-01-01',
    '+099999-01-01T00:00:00Z',
    '2026-02-30',
    '2026-13-01',
    'tomorrow',
    '0000-01-01',
  ]) {
    it(`answers 400 naming query.created_from for ${bad}, on the list and the export`, async () => {
      for (const path of ['/api/v1/runs', '/api/v1/runs/export']) {
        const response = await ctx.app.inject({
          url: `${path}?created_from=${encodeURIComponent(bad)}`,
          headers: owner.headers,
        });
        expect(response.statusCode, `${path} ${response.body}`).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json<ProblemJson>().invalid_params?.map((p) => p.name)).toEqual([
          'query.created_from',
        ]);
      }
    });
  }

  it('answers 400 naming body.reference_date for a day that does not exist', async () => {
    for (const bad of ['2026-02-30', '2026-13-01', '0000-01-01']) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/runs',
        payload: { slug: 'lead-capture', channel: 'form', reference_date: bad },
      });
      expect(response.statusCode, `${bad} ${response.body}`).toBe(400);
      expect(response.json<ProblemJson>().invalid_params?.map((p) => p.name)).toEqual([
        'body.reference_date',
      ]);
    }
  });

  it('accepts a date and a date-time with an offset', async () => {
    for (const good of ['2026-03-02', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00+02:00']) {
      const response = await ctx.app.inject({
        url: `/api/v1/runs?created_to=${encodeURIComponent(good)}`,
        headers: owner.headers,
      });
      expect(response.statusCode, `${good} ${response.body}`).toBe(200);
    }
  });
});
