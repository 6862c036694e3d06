import { beforeAll, describe, expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import { startFilesRun } from './files-helpers.js';
import { startRun, type ProblemJson, type StartedRun } from './runs-helpers.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Probe {
  method: Method;
  url: string;
  /** The field that carries the bad text, as the problem names it. */
  field: string;
  payload?: (bad: string) => object;
  as?: 'owner' | 'anonymous' | 'run';
}

/** Text PostgreSQL cannot store: a NUL character, and a lone UTF-16 surrogate (high, then low). */
const BAD_TEXT: Record<string, string> = {
  'a NUL byte': 'Ada\u0000Lovelace',
  'a lone high surrogate': 'Ada\ud800',
  'a lone low surrogate': '\udc00Ada',
};

describeEachApp('strings PostgreSQL cannot store', (ctx) => {
  let owner: TestAccount;
  let run: StartedRun;
  let wizardId: string;
  let endpointId: string;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'nul-owner@example.com');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/wizards',
      headers: owner.headers,
      payload: leadWizard({ slug: 'nul-lead' }),
    });
    wizardId = created.json<{ id: string }>().id;
    const hook = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/wizards/${wizardId}/webhooks`,
      headers: owner.headers,
      payload: { url: 'https://example.com/hook', events: ['run.completed'] },
    });
    endpointId = hook.json<{ id: string }>().id;
    run = await startRun(ctx.app);
  });

  const probes = (): Probe[] => [
    {
      method: 'POST',
      url: `/api/v1/runs/${run.id}/messages`,
      field: 'body.text',
      as: 'run',
      payload: (bad) => ({ text: bad }),
    },
    {
      method: 'PATCH',
      url: `/api/v1/runs/${run.id}/values`,
      field: 'body.values.full_name',
      as: 'run',
      payload: (bad) => ({ values: { full_name: bad } }),
    },
    {
      method: 'PATCH',
      url: `/api/v1/runs/${run.id}/values`,
      field: 'body.values',
      as: 'run',
      payload: (bad) => ({ values: { [`k${bad}`]: 'x' } }),
    },
    {
      method: 'POST',
      url: '/api/v1/runs',
      field: 'body.visitor_id',
      as: 'anonymous',
      payload: (bad) => ({ slug: 'lead-capture', visitor_id: bad }),
    },
    {
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      field: 'body.email',
      as: 'anonymous',
      payload: (bad) => ({ email: `a${bad}@example.com`, password: 'correct horse battery' }),
    },
    {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      field: 'body.name',
      as: 'anonymous',
      payload: (bad) => ({ email: 'nul-new@example.com', password: 'correct horse battery', name: bad }),
    },
    { method: 'POST', url: '/api/v1/tenants', field: 'body.name', payload: (bad) => ({ name: bad }) },
    { method: 'POST', url: '/api/v1/api-keys', field: 'body.name', payload: (bad) => ({ name: bad }) },
    {
      method: 'POST',
      url: '/api/v1/wizards',
      field: 'body.name',
      payload: (bad) => leadWizard({ slug: 'nul-two', name: bad }),
    },
    {
      method: 'PATCH',
      url: `/api/v1/wizards/${wizardId}/steps/contact`,
      field: 'body.title',
      payload: (bad) => ({ title: bad }),
    },
    {
      method: 'POST',
      url: `/api/v1/wizards/${wizardId}/steps`,
      field: 'body.step.title',
      payload: (bad) => ({ step: { id: 'extra', title: bad } }),
    },
    {
      method: 'PATCH',
      url: `/api/v1/wizards/${wizardId}/webhooks/${endpointId}`,
      field: 'body.description',
      payload: (bad) => ({ description: bad }),
    },
    {
      method: 'POST',
      url: `/api/v1/wizards/${wizardId}/webhooks`,
      field: 'body.description',
      payload: (bad) => ({ url: 'https://example.com/h', events: ['run.completed'], description: bad }),
    },
    {
      method: 'PUT',
      url: `/api/v1/runs/${run.id}/saved`,
      field: 'body.note',
      payload: (bad) => ({ note: bad }),
    },
    { method: 'GET', url: `/api/v1/wizards/%00`, field: 'params.id' },
    { method: 'GET', url: `/api/v1/runs?q=%00`, field: 'query.q' },
  ];

  it('answers 400 naming the value nested deeper than 64 levels, storing nothing', async () => {
    let deep: unknown = {};
    for (let i = 0; i < 3_000; i++) deep = { a: deep };
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/runs',
      payload: { slug: 'lead-capture', channel: 'form', metadata: { utm: deep } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const [param] = response.json<ProblemJson>().invalid_params ?? [];
    expect(param?.name).toMatch(/^body\.metadata\.utm(\.a)+$/);
    expect(param?.reason).toBe('is nested more than 64 levels deep');
  });

  it("answers 400 naming the file part's filename when it holds a NUL byte", async () => {
    const filesRun = await startFilesRun(ctx.app, owner, 'nul-files');
    const body = Buffer.from(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="cv\u0000.pdf"\r\n' +
        'Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n',
      'latin1',
    );
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${filesRun.id}/files?field=cv`,
      headers: { ...filesRun.headers, 'content-type': 'multipart/form-data; boundary=b' },
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<ProblemJson>().invalid_params?.map((p) => p.name)).toEqual(['body.file.filename']);
  });

  for (const [what, bad] of Object.entries(BAD_TEXT)) {
    describe(`with ${what}`, () => {
      it('answers 400 problem+json naming the field, on every route that takes text', async () => {
        for (const probe of probes()) {
          if (!probe.payload && what !== 'a NUL byte') continue;
          const headers = probe.as === 'anonymous' ? {} : probe.as === 'run' ? run.headers : owner.headers;
          const response = await ctx.app.inject({
            method: probe.method,
            url: probe.url,
            headers,
            ...(probe.payload ? { payload: probe.payload(bad) } : {}),
          });
          const label = `${probe.method} ${probe.url} ${response.body}`;
          expect(response.statusCode, label).toBe(400);
          expect(response.headers['content-type'], label).toContain('application/problem+json');
          const problem = response.json<ProblemJson>();
          expect(
            problem.invalid_params?.map((p) => p.name),
            label,
          ).toContain(probe.field);
        }
      });
    });
  }
});
