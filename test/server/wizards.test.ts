import { expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';

describeEachApp('wizards API: CRUD, publish, versions', (ctx) => {
  let owner: TestAccount;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url,
      headers: owner.headers,
      ...(payload !== undefined && { payload: payload as object }),
    });

  it('creates, lists, searches and reads a draft', async () => {
    await signUp(ctx.app, 'root@example.com');
    owner = await signUp(ctx.app, 'owner@example.com');
    const created = await call('POST', '/api/v1/wizards', leadWizard({ id: undefined as unknown as string }));
    expect(created.statusCode).toBe(201);
    const wizard = created.json();
    expect(wizard).toMatchObject({
      slug: 'lead-capture',
      status: 'draft',
      latest_version: null,
      versions: [],
    });
    expect(wizard.draft.id).toBe(wizard.id);
    await call('POST', '/api/v1/wizards', leadWizard({ name: 'Onboarding', slug: 'onboarding' }));

    const list = (await call('GET', '/api/v1/wizards?limit=1')).json();
    expect(list).toMatchObject({ total: 2, limit: 1, offset: 0, items: [{ name: 'Lead capture' }] });
    const found = (await call('GET', '/api/v1/wizards?q=BOARD')).json();
    expect(found.items.map((w: { slug: string }) => w.slug)).toEqual(['onboarding']);
    expect((await call('GET', '/api/v1/wizards?status=published')).json().total).toBe(0);
    expect((await call('GET', `/api/v1/wizards/${wizard.id}`)).json().draft.steps).toHaveLength(2);
  });

  it('answers 422 with every structural problem, lists the others, and 409 for a taken slug', async () => {
    const invalid = leadWizard({
      slug: 'Bad Slug',
      steps: [
        {
          id: 'one',
          title: 'One',
          fields: [
            { name: 'pick', label: 'Pick', type: 'single_select' },
            { name: 'pick', label: 'Again', type: 'text' },
          ],
        },
      ],
    });
    const structural = await call('POST', '/api/v1/wizards', invalid);
    expect(structural.statusCode).toBe(422);
    expect(structural.json().invalid_params.map((p: { name: string }) => p.name)).toContain('body.slug');
    const cross = await call('POST', '/api/v1/wizards/validate', { ...invalid, slug: 'ok-slug' });
    expect(cross.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'steps.0.fields.1.name',
      'steps.0.fields.0.options',
    ]);
    expect((await call('POST', '/api/v1/wizards', leadWizard())).statusCode).toBe(409);
    const validate = await call('POST', '/api/v1/wizards/validate', invalid);
    expect(validate.statusCode).toBe(200);
    expect(validate.json().ok).toBe(false);
    expect(validate.json().problems.length).toBeGreaterThan(0);
    expect((await call('POST', '/api/v1/wizards/validate', leadWizard())).json()).toEqual({
      ok: true,
      problems: [],
    });
  });

  it('publishes versions; editing a published wizard changes only its draft', async () => {
    const { items } = (await call('GET', '/api/v1/wizards?q=lead')).json();
    const id = items[0].id;
    const first = await call('POST', `/api/v1/wizards/${id}/publish`);
    expect(first.json()).toMatchObject({ version: 1, wizard: { status: 'published', latest_version: 1 } });

    const edited = await call('PUT', `/api/v1/wizards/${id}`, leadWizard({ name: 'Lead capture v2' }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'published', name: 'Lead capture v2', latest_version: 1 });
    const v1 = (await call('GET', `/api/v1/wizards/${id}/versions/1`)).json();
    expect(v1.definition.name).toBe('Lead capture');
    expect((await call('POST', `/api/v1/wizards/${id}/publish`)).json().version).toBe(2);
    const versions = (await call('GET', `/api/v1/wizards/${id}/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await call('GET', `/api/v1/wizards/${id}/versions/9`)).statusCode).toBe(404);
  });

  it('archives (then edits are 409) and deletes only wizards without runs', async () => {
    const { items } = (await call('GET', '/api/v1/wizards?q=onboarding')).json();
    const id = items[0].id;
    expect((await call('POST', `/api/v1/wizards/${id}/archive`)).json().status).toBe('archived');
    expect((await call('GET', '/api/v1/wizards')).json().total).toBe(1);
    expect((await call('GET', '/api/v1/wizards?status=archived')).json().total).toBe(1);
    const edit = await call('PUT', `/api/v1/wizards/${id}`, leadWizard({ slug: 'onboarding' }));
    expect(edit.statusCode).toBe(409);
    expect((await call('DELETE', `/api/v1/wizards/${id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/wizards/${id}`)).statusCode).toBe(404);

    const lead = (await call('GET', '/api/v1/wizards?q=lead')).json().items[0];
    const { createRun } = await import('../../src/db/runs.js');
    await createRun(ctx.db, { wizardId: lead.id, version: 1, channel: 'form', tenant: owner.tenantId });
    const refused = await call('DELETE', `/api/v1/wizards/${lead.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('archive');
  });

  it('rejects unknown keys in strict bodies and bad ids with 400', async () => {
    const id = (await call('GET', '/api/v1/wizards')).json().items[0].id;
    const clone = await call('POST', `/api/v1/wizards/${id}/clone`, { name: 'X', colour: 'red' });
    expect(clone.statusCode).toBe(400);
    expect(clone.json().detail).toContain('colour');
    expect((await call('GET', '/api/v1/wizards/not-a-uuid')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/wizards?limit=1000')).statusCode).toBe(400);
  });

  it('documents the wizard routes in OpenAPI', async () => {
    const doc = (await ctx.app.inject({ url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/wizards',
        '/api/v1/wizards/{id}/steps/order',
        '/api/v1/templates/{id}/clone',
      ]),
    );
    expect(doc.paths['/api/v1/wizards/{id}'].get.responses['200'].content).toBeDefined();
  });
});
