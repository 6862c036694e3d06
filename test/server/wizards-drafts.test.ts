import { expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

/** The lead wizard whose `notes` field is shown only when `source` (no such field) is "ad". */
function withBadCondition(overrides: Partial<WizardDefinitionInput> = {}): WizardDefinitionInput {
  const lead = leadWizard(overrides);
  const [contact, project] = lead.steps;
  return {
    ...lead,
    steps: [
      contact!,
      {
        ...project!,
        fields: project!.fields!.map((f) =>
          f.name === 'notes' ? { ...f, conditions: { show_if: { '==': [{ var: 'source' }, 'ad'] } } } : f,
        ),
      },
    ],
  };
}

const NOTES_SHOW_IF = 'steps.1.fields.1.conditions.show_if';
const UNKNOWN_SOURCE = { path: NOTES_SHOW_IF, message: 'refers to unknown field "source"' };

describeEachApp('wizards API: drafts with problems', (ctx) => {
  let owner: TestAccount;
  let leadId: string;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url,
      headers: owner.headers,
      ...(payload !== undefined && { payload: payload as object }),
    });

  it('saves a draft whose condition reads an unknown field, refuses to publish it, and publishes it fixed', async () => {
    await signUp(ctx.app, 'root@example.com');
    owner = await signUp(ctx.app, 'owner@example.com');
    const created = await call('POST', '/api/v1/wizards', withBadCondition({ id: undefined as never }));
    expect(created.statusCode).toBe(201);
    const id = (leadId = created.json().id);
    expect(created.json()).toMatchObject({ status: 'draft', problems: [UNKNOWN_SOURCE] });
    expect((await call('GET', `/api/v1/wizards/${id}`)).json().problems).toEqual([UNKNOWN_SOURCE]);

    const refused = await call('POST', `/api/v1/wizards/${id}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      status: 422,
      invalid_params: [{ name: `draft.${NOTES_SHOW_IF}`, reason: UNKNOWN_SOURCE.message }],
      problems: [UNKNOWN_SOURCE],
    });
    expect(refused.json().detail).toContain(NOTES_SHOW_IF);
    expect((await call('GET', `/api/v1/wizards/${id}`)).json()).toMatchObject({
      status: 'draft',
      latest_version: null,
    });
    // Nothing is published, so no run can start.
    const run = await call('POST', '/api/v1/runs', { wizard_id: id, channel: 'form' });
    expect(run.statusCode).toBeGreaterThanOrEqual(400);
    expect(run.statusCode).toBeLessThan(500);

    const fixed = await call('PUT', `/api/v1/wizards/${id}`, leadWizard());
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().problems).toEqual([]);
    const published = await call('POST', `/api/v1/wizards/${id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ version: 1, wizard: { status: 'published', problems: [] } });
  });

  it('keeps runs on the published version while the draft has problems', async () => {
    const id = leadId;
    const broken = await call('PUT', `/api/v1/wizards/${id}`, withBadCondition({ name: 'Lead capture v2' }));
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toMatchObject({
      status: 'published',
      latest_version: 1,
      problems: [UNKNOWN_SOURCE],
    });
    expect((await call('POST', `/api/v1/wizards/${id}/publish`)).statusCode).toBe(422);
    const run = await call('POST', '/api/v1/runs', { wizard_id: id, channel: 'form' });
    expect(run.statusCode).toBe(201);
    expect(run.json().run.wizard_version).toBe(1);
  });

  it('lists every problem a step operation leaves, and clears them when fixed', async () => {
    const created = await call('POST', '/api/v1/wizards', leadWizard({ slug: 'step-problems' }));
    const id = created.json().id;
    expect(created.json().problems).toEqual([]);
    // A condition on a field of the step about to be deleted.
    const patched = await call('PATCH', `/api/v1/wizards/${id}/steps/project`, {
      fields: [
        { name: 'notes', label: 'Notes', type: 'textarea', conditions: { show_if: { var: 'email' } } },
      ],
    });
    expect(patched.json().problems).toEqual([]);
    const deleted = await call('DELETE', `/api/v1/wizards/${id}/steps/contact`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().problems).toEqual([
      { path: 'steps.0.fields.0.conditions.show_if', message: 'refers to unknown field "email"' },
    ]);
    // A select without options, and a step id used twice.
    const added = await call('POST', `/api/v1/wizards/${id}/steps`, {
      step: {
        id: 'project',
        title: 'Again',
        fields: [{ name: 'size', label: 'Size', type: 'single_select' }],
      },
      position: 0,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'steps.1.id',
      'steps.0.fields.0.options',
      'steps.1.fields.0.conditions.show_if',
    ]);
    const publish = await call('POST', `/api/v1/wizards/${id}/publish`);
    expect(publish.statusCode).toBe(422);
    expect(publish.json().invalid_params.map((p: { name: string }) => p.name)).toEqual([
      'draft.steps.1.id',
      'draft.steps.0.fields.0.options',
      'draft.steps.1.fields.0.conditions.show_if',
    ]);
    // Each listed id means the next step with that id, so no step is lost.
    const order = await call('PUT', `/api/v1/wizards/${id}/steps/order`, {
      step_ids: ['project', 'project'],
    });
    expect(order.statusCode).toBe(200);
    expect(order.json().draft.steps.map((s: { title: string }) => s.title)).toEqual(['Again', 'Project']);
    expect((await call('DELETE', `/api/v1/wizards/${id}/steps/project`)).json().draft.steps).toHaveLength(1);
    const cleared = await call('PATCH', `/api/v1/wizards/${id}/steps/project`, {
      fields: [{ name: 'notes', label: 'Notes', type: 'textarea' }],
    });
    expect(cleared.json().problems).toEqual([]);
    expect((await call('POST', `/api/v1/wizards/${id}/publish`)).statusCode).toBe(200);
  });

  it('imports and clones drafts with problems, but still refuses a bad structure', async () => {
    const file = { version: 1, wizard: withBadCondition({ id: 'x', slug: 'imported' }) };
    const imported = await call('POST', '/api/v1/wizards/import', file);
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ slug: 'imported', problems: [UNKNOWN_SOURCE] });
    const validate = await call('POST', '/api/v1/wizards/validate', file);
    expect(validate.json()).toEqual({
      ok: false,
      problems: [{ ...UNKNOWN_SOURCE, path: `wizard.${NOTES_SHOW_IF}` }],
    });

    const clone = await call('POST', `/api/v1/wizards/${imported.json().id}/clone`);
    expect(clone.statusCode).toBe(201);
    expect(clone.json()).toMatchObject({ slug: 'imported-2', problems: [UNKNOWN_SOURCE] });

    const structural = await call('POST', '/api/v1/wizards/import', {
      version: 1,
      wizard: { ...file.wizard, slug: 'Bad Slug' },
    });
    expect(structural.statusCode).toBe(422);
    expect(structural.json().invalid_params.map((p: { name: string }) => p.name)).toEqual([
      'body.wizard.slug',
    ]);
    const badPut = await call('PUT', `/api/v1/wizards/${imported.json().id}`, { ...file.wizard, steps: [] });
    expect(badPut.statusCode).toBe(422);
    expect(badPut.json().invalid_params.map((p: { name: string }) => p.name)).toEqual(['body.steps']);
  });

  it('keeps role checks and tenant scoping on drafts with problems', async () => {
    const id = leadId;
    const member = await addUser(ctx.app, owner, 'member@example.com', 'member');
    const asMember = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/wizards/${id}`,
      headers: member.headers,
      payload: withBadCondition(),
    });
    expect(asMember.statusCode).toBe(403);
    const read = await ctx.app.inject({ url: `/api/v1/wizards/${id}`, headers: member.headers });
    expect(read.json().problems).toEqual([UNKNOWN_SOURCE]);
    const stranger = await signUp(ctx.app, 'stranger@example.com');
    for (const [method, url] of [
      ['PUT', `/api/v1/wizards/${id}`],
      ['POST', `/api/v1/wizards/${id}/publish`],
      ['GET', `/api/v1/wizards/${id}`],
    ] as const) {
      const response = await ctx.app.inject({
        method,
        url,
        headers: stranger.headers,
        ...(method === 'PUT' && { payload: leadWizard() as object }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});
