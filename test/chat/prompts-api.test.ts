import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';

interface Version {
  layer: string;
  number: number;
  template: string;
  note: string;
  author: string | null;
  active: boolean;
}

describeEachApp('prompt layers API', (ctx) => {
  let owner: TestAccount;
  let stranger: TestAccount;
  let sidekickId: string;
  const versions = async () =>
    (await ctx.app.inject({ url: `/api/v1/sidekicks/${sidekickId}/prompts`, headers: owner.headers })).json<{
      items: Version[];
    }>().items;
  const save = (template: string, note = '') =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/prompts/system/versions`,
      headers: owner.headers,
      payload: { template, note },
    });
  const preview = async () =>
    (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/sidekicks/${sidekickId}/prompts/preview`,
        headers: owner.headers,
        payload: { question: 'What do you know?' },
      })
    ).json<{ system: string; user: string }>();

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'prompts-owner@example.com');
    stranger = await signUp(ctx.app, 'prompts-stranger@example.com');
    sidekickId = (
      await ctx.app.runtime.sidekicks.create(owner.tenantId, {
        name: 'Pat',
        personality_description: 'Calm.',
      })
    ).id;
  });

  it('previews the default layers rendered over the sidekick and the question', async () => {
    const assembled = await preview();
    expect(assembled.system).toContain('You are Pat. Calm.');
    expect(assembled.user).toBe('What do you know?');
  });

  it('saves versions with number, author and note; the newest is active and serves the preview', async () => {
    expect((await save('You are {{ sidekick.name }}, version one.', 'first')).statusCode).toBe(201);
    const second = await save('You are {{ sidekick.name }}, version two.', 'second');
    expect(second.json<Version>()).toMatchObject({
      number: 2,
      active: true,
      note: 'second',
      author: owner.email,
    });
    expect((await preview()).system).toContain('You are Pat, version two.');
    expect((await versions()).map((v) => [v.number, v.active])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('refuses a template that does not render, naming the line, and keeps the active version serving', async () => {
    const broken = await save('Hello\n{% if sidekick.name %}\nunclosed');
    expect(broken.statusCode).toBe(422);
    expect(broken.json<{ detail: string }>().detail).toMatch(/system prompt does not render \(line 2\)/);
    expect((await versions()).filter((v) => v.active).map((v) => v.number)).toEqual([2]);
    expect((await preview()).system).toContain('version two');
  });

  it('rolls back to an earlier version', async () => {
    const rolled = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/prompts/system/versions/1/activate`,
      headers: owner.headers,
    });
    expect(rolled.json<Version>()).toMatchObject({ number: 1, active: true });
    expect((await preview()).system).toContain('version one');
    const missing = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/prompts/system/versions/9/activate`,
      headers: owner.headers,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('offers the five templates and keeps other tenants out', async () => {
    const templates = await ctx.app.inject({ url: '/api/v1/prompt-templates', headers: owner.headers });
    expect(templates.json<{ items: Array<{ name: string }> }>().items.map((t) => t.name)).toEqual([
      'Default',
      'Technical expert',
      'Creative writer',
      'Business coach',
      'Empathetic listener',
    ]);
    const other = await ctx.app.inject({
      url: `/api/v1/sidekicks/${sidekickId}/prompts`,
      headers: stranger.headers,
    });
    expect(other.statusCode).toBe(404);
  });
});
