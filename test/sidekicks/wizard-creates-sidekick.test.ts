import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';

/** What a visitor says to Farah Qubit to fill create-a-sidekick (the built-in conversation "chatty"). */
const LINES = [
  "let's call it Biscuit",
  'playful and patient, explains recipes step by step and loves bad puns',
  'the calm female one',
  'a purple robot',
  'ok',
  'keep it simple',
  'got it, thanks',
  'yes, create it',
];

interface MessageJson {
  reply: string;
  snapshot: { status: string; current_step_id: string };
}

describeEachApp('create-a-sidekick creates a sidekick through its onComplete action', (ctx) => {
  let owner: TestAccount;
  const call = (method: string, url: string, payload?: object) =>
    ctx.app.inject({ method: method as 'GET', url, headers: owner.headers, ...(payload && { payload }) });

  /** Starts a chat run of the tenant's create-a-sidekick and says `lines`; returns the run id and last answer. */
  async function chat(lines: string[]): Promise<{ runId: string; last: MessageJson; replies: string[] }> {
    const started = await call('POST', '/api/v1/runs', { slug: 'create-a-sidekick', channel: 'chat' });
    expect(started.statusCode, started.body).toBe(201);
    const runId = started.json().run.id as string;
    const replies: string[] = [];
    let last: MessageJson | undefined;
    for (const text of lines) {
      const response = await call('POST', `/api/v1/runs/${runId}/messages`, { text });
      expect(response.statusCode, response.body).toBe(200);
      last = response.json<MessageJson>();
      replies.push(last.reply);
    }
    return { runId, last: last!, replies };
  }

  const sidekickNames = async () =>
    ((await call('GET', '/api/v1/sidekicks')).json().items as Array<{ name: string }>).map((s) => s.name);

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'owner@example.com');
    await call('GET', '/api/v1/sidekicks'); // the Sidekicks page: seeds Farah Qubit and the wizard
  });

  it('a run completed by messages creates exactly one sidekick, linked to the run, named in the last line', async () => {
    const { runId, last } = await chat(LINES);
    expect(last.snapshot.status).toBe('completed');
    expect(last.reply).toContain('Biscuit is ready');
    expect(last.reply).toContain('/sidekicks/biscuit');
    expect(await sidekickNames()).toEqual(['Biscuit', 'Farah Qubit']);
    const made = (await call('GET', `/api/v1/sidekicks?run_id=${runId}`)).json().items;
    expect(made).toEqual([
      expect.objectContaining({
        name: 'Biscuit',
        slug: 'biscuit',
        voice_id: 'warm-calm-female',
        config_mode: 'default',
        avatar_prompt: 'a purple robot',
        created_from_run_id: runId,
        page_url: '/sidekicks/biscuit',
      }),
    ]);
    expect(made[0].personality_description).toContain('recipes');
    const events = (await call('GET', `/api/v1/runs/${runId}/events`)).json();
    const output = JSON.stringify(events).match(/"type":"action_output"[^}]*"key":"sidekick"/);
    expect(output, 'the run records the sidekick it made').not.toBeNull();
  });

  it('a second run with the same name is held before the review with a clear problem, and makes no sidekick', async () => {
    const { runId, last, replies } = await chat(LINES.slice(0, 1));
    expect(last.snapshot.current_step_id).toBe('name');
    expect(replies.at(-1)).toMatch(/web address "biscuit" is already taken/);
    // The guide moved on once and stopped when the check held the run back, rather than trying again and again.
    const log = await call('GET', `/api/v1/runs/${runId}/events`);
    const moves = (log.json().events as Array<{ event: { type: string; actor: string } }>).filter(
      (e) => e.event.type === 'wizard_step_change' && e.event.actor === 'guide',
    );
    expect(moves).toHaveLength(1);
    // Going on without changing the name keeps it at the name step: the review is never reached.
    const again = await call('POST', `/api/v1/runs/${runId}/messages`, { text: 'next' });
    expect(again.json().snapshot.current_step_id).toBe('name');
    expect(again.json().reply).toMatch(/already taken/);
    // Another name passes.
    const renamed = await call('POST', `/api/v1/runs/${runId}/messages`, { text: 'call it Biscuit Two' });
    expect(renamed.json().snapshot.current_step_id).toBe('personality');
    expect(await sidekickNames()).toEqual(['Biscuit', 'Farah Qubit']);
  });
});
