import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { runs } from '../../src/db/schema.js';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';

describeEachApp('wizards API: the list with step counts, guides and run statistics', (ctx) => {
  let owner: TestAccount;
  const call = (method: 'GET' | 'POST', url: string, payload?: object, who = owner) =>
    ctx.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) });

  it('gives each wizard its step count, guide name, runs and completion rate', async () => {
    await signUp(ctx.app, 'root@example.com');
    owner = await signUp(ctx.app, 'owner@example.com');
    const created = (
      await call(
        'POST',
        '/api/v1/wizards',
        leadWizard({ description: 'Qualify leads', guide: { name: 'Sam', personality: 'warm' } }),
      )
    ).json<{ id: string; slug: string }>();
    expect((await call('POST', `/api/v1/wizards/${created.id}/publish`)).statusCode).toBe(200);
    await call('POST', '/api/v1/wizards', leadWizard({ name: 'Onboarding', slug: 'onboarding' }));
    const started: string[] = [];
    for (let i = 0; i < 4; i++) {
      const run = await call('POST', '/api/v1/runs', { slug: created.slug, channel: 'form' });
      expect(run.statusCode).toBe(201);
      started.push(run.json<{ run: { id: string } }>().run.id);
    }
    await ctx.db.update(runs).set({ status: 'completed' }).where(eq(runs.id, started[0]!));

    const list = (await call('GET', '/api/v1/wizards')).json();
    expect(list.total).toBe(2);
    expect(list.items).toEqual([
      expect.objectContaining({
        name: 'Lead capture',
        status: 'published',
        description: 'Qualify leads',
        step_count: 2,
        guide_name: 'Sam',
        runs: 4,
        completed_runs: 1,
        completion_rate: 0.25,
      }),
      expect.objectContaining({
        name: 'Onboarding',
        status: 'draft',
        guide_name: 'Guide',
        runs: 0,
        completed_runs: 0,
        completion_rate: null,
      }),
    ]);
  });

  it('counts only the caller’s tenant and describes templates in the gallery', async () => {
    const stranger = await signUp(ctx.app, 'stranger@example.com');
    const theirs = (await call('GET', '/api/v1/wizards', undefined, stranger)).json();
    expect(theirs).toMatchObject({ total: 0, items: [] });

    const templates = (await call('GET', '/api/v1/templates', undefined, stranger)).json();
    const lead = templates.items.find((t: { slug: string }) => t.slug === 'lead-capture');
    expect(lead).toMatchObject({ builtin: true, is_template: true, guide_name: 'Sam' });
    expect(lead.step_count).toBeGreaterThan(1);
    expect(lead.description.length).toBeGreaterThan(0);
    expect(lead).not.toHaveProperty('runs');
  });
});
