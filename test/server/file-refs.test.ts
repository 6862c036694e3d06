import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { signUp } from './auth-helpers.js';
import { startFilesRun } from './files-helpers.js';
import { setValues, type ProblemJson, type StartedRun } from './runs-helpers.js';

describeEachApp('file values with an outside url', (ctx) => {
  let run: StartedRun;
  beforeAll(async () => {
    const owner = await signUp(ctx.app, 'file-refs@example.com');
    run = await startFilesRun(ctx.app, owner, 'file-refs');
  });

  it.each([
    'https://evil.example/invoice.pdf',
    '//evil.example/invoice.pdf',
    'javascript:alert(1)',
    '/api/v1/runs/../../admin',
    '/api/v1/wizards',
  ])('refuses a FileRef whose url is %s with 422 naming the field, storing nothing', async (url) => {
    const response = await setValues(ctx.app, run, {
      cv: { name: 'invoice.pdf', size: 1200, content_type: 'application/pdf', url },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json<ProblemJson>().invalid_params?.map((p) => p.name)).toEqual(['body.values.cv']);
    const state = await ctx.app.inject({ url: `/api/v1/runs/${run.id}`, headers: run.headers });
    expect(state.json<{ values: Record<string, unknown> }>().values.cv).toBeUndefined();
  });
});
