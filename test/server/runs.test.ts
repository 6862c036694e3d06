import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import {
  LEAD_CAPTURE_LINES,
  setValues,
  startRun,
  type EventsJson,
  type MessageJson,
  type ProblemJson,
  type TranscriptJson,
} from './runs-helpers.js';

describeEachApp('runs API', (ctx) => {
  it('fills lead-capture by chat with the guide until the run is completed', async () => {
    const run = await startRun(ctx.app, { channel: 'chat', metadata: { utm_source: 'test' } });
    expect(run.body.greeting).toMatch(/^Hi/);
    expect(run.body.run).toMatchObject({
      status: 'active',
      channel: 'chat',
      metadata: { utm_source: 'test' },
    });
    let last: MessageJson | undefined;
    for (const text of LEAD_CAPTURE_LINES) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/messages`,
        headers: run.headers,
        payload: { text },
      });
      expect(response.statusCode, response.body).toBe(200);
      last = response.json<MessageJson>();
      expect(typeof last.reply).toBe('string');
    }
    expect(last?.snapshot.status).toBe('completed');
    expect(last?.events.at(-1)?.type).toBe('wizard_complete');
    const state = (await ctx.app.inject({ url: `/api/v1/runs/${run.id}`, headers: run.headers })).json();
    expect(state.run.status).toBe('completed');
    expect(state.definition).toMatchObject({ slug: 'lead-capture', steps: expect.any(Array) });
    expect(state.values).toMatchObject({
      full_name: 'Ada Lovelace',
      email: 'ada@example.com',
      company: 'Analytical Engines',
      budget: '20k-50k',
      timeline: '2026-03-13',
      consent: true,
    });
    expect(state.provenance.email).toMatchObject({ source: 'guide', utterance: 'ada@example.com' });
    const transcript = (
      await ctx.app.inject({ url: `/api/v1/runs/${run.id}/transcript`, headers: run.headers })
    ).json<TranscriptJson>();
    expect(transcript.entries[0]?.role).toBe('agent');
    expect(transcript.entries.filter((e) => e.role === 'user').map((e) => e.text)).toEqual(
      LEAD_CAPTURE_LINES,
    );
    const more = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/messages`,
      headers: run.headers,
      payload: { text: 'hello again' },
    });
    expect(more.statusCode).toBe(409);
  });

  it('takes values and navigation from the form, and the guide sees what the form changed', async () => {
    const run = await startRun(ctx.app, { channel: 'chat' });
    const set = await setValues(ctx.app, run, { email: 'grace@example.com', full_name: 'Grace Hopper' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      applied: ['full_name', 'email'],
      values: { full_name: 'Grace Hopper' },
    });
    expect(set.json().provenance.email).toMatchObject({ source: 'form' });
    const next = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/navigate`,
      headers: run.headers,
      payload: { action: 'next' },
    });
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().snapshot.current_step_id).toBe('company');
    const reply = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/messages`,
      headers: run.headers,
      payload: { text: 'I work at Compilers Inc' },
    });
    expect(reply.json().snapshot.values).toMatchObject({
      email: 'grace@example.com',
      company: 'Compilers Inc',
    });
    const back = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/navigate`,
      headers: run.headers,
      payload: { action: 'go_to', step_id: 'contact' },
    });
    expect(back.json().snapshot.current_step_id).toBe('contact');
    const cleared = await setValues(ctx.app, run, { full_name: null });
    expect(cleared.json().values.full_name).toBeUndefined();
    const blocked = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/navigate`,
      headers: run.headers,
      payload: { action: 'next' },
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().invalid_params).toEqual([{ name: 'values.full_name', reason: expect.any(String) }]);
    const abandoned = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/abandon`,
      headers: run.headers,
      payload: { reason: 'changed my mind' },
    });
    expect(abandoned.json().run.status).toBe('abandoned');
    expect((await setValues(ctx.app, run, { full_name: 'Grace' })).statusCode).toBe(409);
  });

  it('answers invalid values with 422 naming each field, and applies the valid ones', async () => {
    const run = await startRun(ctx.app);
    const response = await setValues(ctx.app, run, {
      full_name: 'Ada Lovelace',
      email: 'not an email',
      budget: 'a lot',
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<ProblemJson>();
    expect(problem.invalid_params?.map((p) => p.name).sort()).toEqual([
      'body.values.budget',
      'body.values.email',
    ]);
    expect(problem.applied).toEqual(['full_name']);
    const state = (await ctx.app.inject({ url: `/api/v1/runs/${run.id}`, headers: run.headers })).json();
    expect(state.values).toEqual({ full_name: 'Ada Lovelace' });
  });

  it('completes a run filled by the form, and returns its event log after a seq', async () => {
    const run = await startRun(ctx.app, { visitor_id: 'v-1' });
    const steps: Array<Record<string, unknown>> = [
      { full_name: 'Ada Lovelace', email: 'ada@example.com' },
      { company: 'Analytical Engines', budget: '20k-50k' },
      { timeline: '2026-04-01' },
      { consent: true },
    ];
    for (const values of steps) {
      expect((await setValues(ctx.app, run, values)).statusCode).toBe(200);
      const next = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/navigate`,
        headers: run.headers,
        payload: { action: 'next' },
      });
      expect(next.statusCode, next.body).toBe(200);
    }
    const done = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/complete`,
      headers: run.headers,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().run).toMatchObject({ status: 'completed', visitor_id: 'v-1' });
    const all = (
      await ctx.app.inject({ url: `/api/v1/runs/${run.id}/events`, headers: run.headers })
    ).json<EventsJson>();
    expect(all.events[0]).toMatchObject({ seq: 1, event: { type: 'wizard_start' } });
    expect(all.last_seq).toBe(all.events.length);
    const tail = (
      await ctx.app.inject({ url: `/api/v1/runs/${run.id}/events?after_seq=3`, headers: run.headers })
    ).json<EventsJson>();
    expect(tail.events.map((e) => e.seq)).toEqual(all.events.slice(3).map((e) => e.seq));
  });

  it('refuses bad starts and bad ids with problems, never 500', async () => {
    const bad = [
      { payload: { slug: 'lead-capture' }, status: 400 },
      { payload: { slug: 'lead-capture', wizard_id: 'x', channel: 'form' }, status: 400 },
      { payload: { slug: 'no-such-wizard', channel: 'form' }, status: 404 },
      { payload: { wizard_id: 'not-a-uuid', channel: 'form' }, status: 404 },
      { payload: { slug: 'lead-capture', channel: 'cli' }, status: 400 },
      { payload: { slug: 'lead-capture', channel: 'form', reference_date: 'tomorrow' }, status: 400 },
    ];
    for (const { payload, status } of bad) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/runs', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
    }
    const run = await startRun(ctx.app);
    for (const id of ['nope', '00000000-0000-4000-8000-000000000000']) {
      const response = await ctx.app.inject({ url: `/api/v1/runs/${id}`, headers: run.headers });
      expect(response.statusCode).toBe(404);
    }
    expect((await ctx.app.inject({ url: `/api/v1/runs/${run.id}` })).statusCode).toBe(401);
    const navigate = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/navigate`,
      headers: run.headers,
      payload: { action: 'go_to' },
    });
    expect(navigate.statusCode).toBe(400);
    expect(navigate.json().invalid_params[0].name).toBe('body.step_id');
  });

  // Last in this suite: it uses up the anonymous start budget of the test client's address.
  it('rate-limits anonymous run starts per route with 429 and Retry-After', async () => {
    let response;
    for (let i = 0; i < 70; i++) {
      response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/runs',
        payload: { slug: 'lead-capture', channel: 'form' },
      });
      if (response.statusCode === 429) break;
      expect(response.statusCode).toBe(201);
    }
    expect(response?.statusCode).toBe(429);
    expect(response?.headers['retry-after']).toBeDefined();
    expect(response?.headers['content-type']).toContain('application/problem+json');
    const health = await ctx.app.inject({ url: '/health' });
    expect(health.statusCode).toBe(200);
  });
});
