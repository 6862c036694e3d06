import { expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';

describeEachApp('wizards API: templates, clone, import/export, steps', (ctx) => {
  let owner: TestAccount;
  let wizardId: string;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url,
      headers: owner.headers,
      ...(payload !== undefined && { payload: payload as object }),
    });
  const stepIds = (wizard: { draft: { steps: Array<{ id: string }> } }) =>
    wizard.draft.steps.map((s) => s.id);

  it('lists the built-in templates to every tenant and clones one', async () => {
    await signUp(ctx.app, 'root@example.com');
    owner = await signUp(ctx.app, 'owner@example.com');
    const templates = (await call('GET', '/api/v1/templates')).json();
    const slugs = templates.items.map((t: { slug: string }) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(['create-a-sidekick', 'lead-capture']));
    const lead = templates.items.find((t: { slug: string }) => t.slug === 'lead-capture');
    expect((await call('GET', `/api/v1/templates/${lead.id}`)).json().definition.slug).toBe('lead-capture');
    // The template itself is not one of this tenant's wizards.
    expect((await call('GET', `/api/v1/wizards/${lead.id}`)).statusCode).toBe(404);

    const clone = await call('POST', `/api/v1/templates/${lead.id}/clone`);
    expect(clone.statusCode).toBe(201);
    expect(clone.json()).toMatchObject({
      slug: 'lead-capture',
      status: 'draft',
      is_template: false,
      builtin: false,
    });
    const again = await call('POST', `/api/v1/templates/${lead.id}/clone`, { name: 'Second lead form' });
    expect(again.json()).toMatchObject({ slug: 'lead-capture-2', name: 'Second lead form' });
    wizardId = clone.json().id;
    const copy = await call('POST', `/api/v1/wizards/${wizardId}/clone`, { slug: 'my-copy' });
    expect(copy.json()).toMatchObject({ slug: 'my-copy', name: expect.stringContaining('(copy)') });
    expect((await call('POST', `/api/v1/wizards/${wizardId}/clone`, { slug: 'my-copy' })).statusCode).toBe(
      409,
    );
  });

  it('round-trips a wizard through export and import', async () => {
    const exported = await call('GET', `/api/v1/wizards/${wizardId}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('lead-capture.json');
    const file = exported.json();
    expect(file.version).toBe(1);
    const imported = await call('POST', '/api/v1/wizards/import', file);
    expect(imported.statusCode).toBe(201);
    const copy = imported.json();
    expect(copy.id).not.toBe(wizardId);
    expect(copy.slug).toBe('lead-capture-3');
    expect({ ...copy.draft, id: 'x', slug: 'x' }).toEqual({ ...file.wizard, id: 'x', slug: 'x' });

    const bad = await call('POST', '/api/v1/wizards/import', {
      version: 1,
      wizard: { ...file.wizard, steps: [] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().invalid_params[0].name).toBe('body.wizard.steps');
    expect(
      (await call('POST', '/api/v1/wizards/import', { version: 7, wizard: file.wizard })).statusCode,
    ).toBe(422);
    const asFile = await call('POST', '/api/v1/wizards/validate', { version: 1, wizard: file.wizard });
    expect(asFile.json()).toEqual({ ok: true, problems: [] });
    expect((await call('GET', `/api/v1/wizards/${wizardId}/export?version=1`)).statusCode).toBe(404);
  });

  it('adds, updates, deletes and reorders steps', async () => {
    const created = await call('POST', '/api/v1/wizards', leadWizard({ slug: 'steps-demo' }));
    const id = created.json().id;
    expect(stepIds(created.json())).toEqual(['contact', 'project']);

    const added = await call('POST', `/api/v1/wizards/${id}/steps`, {
      step: { id: 'intro', title: 'Welcome' },
      position: 0,
    });
    expect(added.statusCode).toBe(201);
    expect(stepIds(added.json())).toEqual(['intro', 'contact', 'project']);
    const last = await call('POST', `/api/v1/wizards/${id}/steps`, {
      step: { id: 'thanks', title: 'Thanks' },
    });
    expect(stepIds(last.json())).toEqual(['intro', 'contact', 'project', 'thanks']);

    const updated = await call('PATCH', `/api/v1/wizards/${id}/steps/intro`, { title: 'Hello there' });
    expect(updated.json().draft.steps[0]).toMatchObject({ id: 'intro', title: 'Hello there', fields: [] });

    const deleted = await call('DELETE', `/api/v1/wizards/${id}/steps/contact`);
    expect(stepIds(deleted.json())).toEqual(['intro', 'project', 'thanks']);

    const order = await call('PUT', `/api/v1/wizards/${id}/steps/order`, {
      step_ids: ['thanks', 'intro', 'project'],
    });
    expect(stepIds(order.json())).toEqual(['thanks', 'intro', 'project']);
  });

  it('refuses bad step operations with 404, 422 and 400, and lists the problems they leave', async () => {
    const id = (await call('POST', '/api/v1/wizards', leadWizard({ slug: 'bad-steps' }))).json().id;
    expect((await call('PATCH', `/api/v1/wizards/${id}/steps/nope`, { title: 'x' })).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/wizards/${id}/steps/nope`)).statusCode).toBe(404);
    const order = await call('PUT', `/api/v1/wizards/${id}/steps/order`, {
      step_ids: ['contact', 'contact', 'zzz'],
    });
    expect(order.statusCode).toBe(422);
    expect(order.json().invalid_params.map((p: { name: string }) => p.name)).toEqual([
      'body.step_ids.1',
      'body.step_ids.2',
      'body.step_ids',
    ]);
    // A draft may have cross-reference problems: they are saved and listed, and publishing waits for a fix.
    const duplicate = await call('POST', `/api/v1/wizards/${id}/steps`, {
      step: { id: 'contact', title: 'Again' },
    });
    expect(duplicate.statusCode).toBe(201);
    expect(duplicate.json().problems).toEqual([
      { path: 'steps.2.id', message: 'duplicate step id "contact"' },
    ]);
    expect((await call('POST', `/api/v1/wizards/${id}/publish`)).statusCode).toBe(422);
    const bad = await call('POST', `/api/v1/wizards/${id}/steps`, {
      step: { id: 'Bad Id', title: 'x' },
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    const names = bad.json().invalid_params.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.step.id']));
  });
});
