import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { baseUrl, connectLive, range, seqs } from './live-helpers.js';
import { setValues, startRun } from './runs-helpers.js';

describeEachApp('live run updates', (ctx) => {
  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('shows two clients on one run each other’s changes, from the form and from the guide', async () => {
    const run = await startRun(ctx.app, { channel: 'chat' });
    const first = await connectLive(ctx.app, run.id, { run_token: run.token });
    const second = await connectLive(ctx.app, run.id, { run_token: run.token });
    await Promise.all([first.waitForSeq(1), second.waitForSeq(1)]);
    expect(first.messages[0]).toMatchObject({ seq: 1, event: { type: 'wizard_start' } });

    const set = await setValues(ctx.app, run, { full_name: 'Ada Lovelace' });
    const afterForm = set.json().last_seq as number;
    await Promise.all([first.waitForSeq(afterForm), second.waitForSeq(afterForm)]);
    expect(second.messages.at(-1)?.event).toMatchObject({ type: 'wizard_field_update', actor: 'form' });

    const message = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/messages`,
      headers: run.headers,
      payload: { text: 'ada@example.com' },
    });
    expect(message.statusCode).toBe(200);
    const events = (
      await ctx.app.inject({ url: `/api/v1/runs/${run.id}/events`, headers: run.headers })
    ).json();
    const last = events.last_seq as number;
    await Promise.all([first.waitForSeq(last), second.waitForSeq(last)]);
    expect(first.messages.some((m) => m.event.actor === 'guide')).toBe(true);
    expect(seqs(first)).toEqual(range(1, last));
    expect(second.messages).toEqual(first.messages);
    await Promise.all([first.close(), second.close()]);
  });

  it('replays exactly the missed events on reconnect, while changes keep coming', async () => {
    const run = await startRun(ctx.app);
    const before = await connectLive(ctx.app, run.id, { run_token: run.token });
    await setValues(ctx.app, run, { full_name: 'Ada Lovelace' });
    await before.waitForSeq(2);
    await before.close();
    const seen = before.messages.at(-1)!.seq;

    await setValues(ctx.app, run, { email: 'ada@example.com' });
    await setValues(ctx.app, run, { phone: 'not a phone' });
    // Reconnect while more changes are being made: the replay and the live tail must join without a seam.
    const writing = (async () => {
      for (const name of ['Ada', 'Ada L', 'Ada Lovelace']) await setValues(ctx.app, run, { full_name: name });
    })();
    const after = await connectLive(ctx.app, run.id, { run_token: run.token, after_seq: seen });
    await writing;
    const log = (await ctx.app.inject({ url: `/api/v1/runs/${run.id}/events`, headers: run.headers })).json();
    await after.waitForSeq(log.last_seq);
    expect(seqs(after)).toEqual(range(seen + 1, log.last_seq));
    expect(after.messages).toEqual(log.events.slice(seen));
    await after.close();
  });

  it('refuses sockets without the right credentials', async () => {
    const a = await startRun(ctx.app);
    const b = await startRun(ctx.app);
    await expect(connectLive(ctx.app, a.id, {})).rejects.toThrow('HTTP 401');
    await expect(connectLive(ctx.app, b.id, { run_token: a.token })).rejects.toThrow('HTTP 404');
    await expect(connectLive(ctx.app, a.id, { run_token: a.token, after_seq: -1 })).rejects.toThrow(
      'HTTP 400',
    );
  });

  it('streams server-sent events from Last-Event-ID', async () => {
    const run = await startRun(ctx.app);
    await setValues(ctx.app, run, { full_name: 'Ada Lovelace', email: 'ada@example.com' });
    const controller = new AbortController();
    const response = await fetch(`${baseUrl(ctx.app)}/api/v1/runs/${run.id}/stream`, {
      headers: { 'x-run-token': run.token, 'last-event-id': '1' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await readUntil('id: 3\n');
    await setValues(ctx.app, run, { phone: '+44 20 7946 0958' });
    await readUntil('id: 4\n');
    controller.abort();
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual([2, 3, 4]);
    expect(text).toContain('event: run_event');
  });
});
