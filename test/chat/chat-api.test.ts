import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { addUser, signUp, type TestAccount } from '../server/auth-helpers.js';
import { uploadPdf } from '../knowledge/documents.js';

interface Citation {
  document_id: string;
  title: string;
  page: number | null;
  quote: string;
}
interface Message {
  id: string;
  role: string;
  text: string;
  citations: Citation[];
  status: string;
}

/** Parses a server-sent event body into its events. */
function parseEvents(body: string): Array<{ event: string; data: unknown }> {
  return body
    .split('\n\n')
    .filter((block) => block.includes('event:'))
    .map((block) => ({
      event: /event: (.*)/.exec(block)![1]!,
      data: JSON.parse(/data: (.*)/.exec(block)![1]!) as unknown,
    }));
}

describeEachApp('chat threads API (embedded answerer)', (ctx) => {
  let owner: TestAccount;
  let colleague: TestAccount;
  let stranger: TestAccount;
  let sidekickId: string;
  let documentId: string;
  let threadId: string;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'chat-owner@example.com');
    colleague = await addUser(ctx.app, owner, 'chat-colleague@example.com', 'member');
    stranger = await signUp(ctx.app, 'chat-stranger@example.com');
    sidekickId = (
      await ctx.app.runtime.sidekicks.create(owner.tenantId, {
        name: 'Handbook Helper',
        greeting: 'Hi there! Ask me anything.',
      })
    ).id;
    documentId = await uploadPdf(ctx.app, owner, sidekickId, [
      'Welcome to the Acme employee handbook. Our office opens at nine every weekday morning.',
      'Refund policy: customers may return any product within thirty days for a full refund. Shipping costs are not refunded.',
    ]);
  });

  it('creates a thread and answers from the document with a citation of the right page (JSON)', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/threads`,
      headers: owner.headers,
      payload: {},
    });
    expect(created.statusCode, created.body).toBe(201);
    threadId = created.json<{ id: string }>().id;
    const asked = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${threadId}/messages`,
      headers: owner.headers,
      payload: { text: 'How many days do customers have to return a product?' },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const { message } = asked.json<{ message: Message }>();
    expect(message.role).toBe('assistant');
    expect(message.text).toMatch(/^Hi there!/);
    expect(message.text).toContain('within thirty days');
    expect(message.text).toContain('[1]');
    expect(message.citations[0]).toMatchObject({ document_id: documentId, title: 'handbook.pdf', page: 2 });
    expect(message.citations[0]!.quote).toContain('within thirty days');
  });

  it('streams server-sent events: several text deltas, then citations, then done', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${threadId}/messages`,
      headers: { ...owner.headers, accept: 'text/event-stream' },
      payload: { text: 'When does the office open?' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    const events = parseEvents(response.body);
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(5);
    expect(events.at(-2)?.event).toBe('citations');
    expect(events.at(-1)?.event).toBe('done');
    const done = events.at(-1)!.data as { message: Message };
    expect(deltas.map((d) => (d.data as { text: string }).text).join('')).toBe(done.message.text);
    expect(done.message.text).toContain('nine every weekday morning');
    expect(done.message.citations[0]).toMatchObject({ page: 1 });
  });

  it("says plainly that it doesn't know what the documents do not cover", async () => {
    const asked = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${threadId}/messages`,
      headers: owner.headers,
      payload: { text: 'What is the capital of Mongolia?' },
    });
    const { message } = asked.json<{ message: Message }>();
    expect(message.text).toMatch(/^I don't know/);
    expect(message.citations).toEqual([]);
  });

  it('keeps the messages with their citations, names the thread after its first question', async () => {
    const thread = await ctx.app.inject({ url: `/api/v1/threads/${threadId}`, headers: owner.headers });
    const body = thread.json<{ thread: { title: string }; messages: Message[] }>();
    expect(body.thread.title).toBe('How many days do customers have to return a product?');
    expect(body.messages.map((m) => m.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    expect(body.messages[1]!.citations[0]).toMatchObject({ page: 2 });
  });

  it('lists latest first, searches, renames and deletes threads', async () => {
    const second = (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/sidekicks/${sidekickId}/threads`,
        headers: owner.headers,
        payload: { title: 'Holiday questions' },
      })
    ).json<{ id: string }>();
    const list = await ctx.app.inject({
      url: `/api/v1/sidekicks/${sidekickId}/threads`,
      headers: owner.headers,
    });
    expect(list.json<{ items: Array<{ id: string }> }>().items.map((t) => t.id)).toEqual([
      second.id,
      threadId,
    ]);
    const found = await ctx.app.inject({
      url: `/api/v1/sidekicks/${sidekickId}/threads?q=holiday`,
      headers: owner.headers,
    });
    expect(found.json<{ items: Array<{ id: string }> }>().items.map((t) => t.id)).toEqual([second.id]);
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/threads/${second.id}`,
      headers: owner.headers,
      payload: { title: 'Leave' },
    });
    expect(renamed.json()).toMatchObject({ title: 'Leave' });
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/threads/${second.id}`,
      headers: owner.headers,
    });
    expect(deleted.statusCode).toBe(204);
    const again = await ctx.app.inject({ url: `/api/v1/threads/${second.id}`, headers: owner.headers });
    expect(again.statusCode).toBe(404);
  });

  it("answers 404 for another user's or another tenant's thread", async () => {
    for (const account of [colleague, stranger]) {
      const read = await ctx.app.inject({ url: `/api/v1/threads/${threadId}`, headers: account.headers });
      expect(read.statusCode).toBe(404);
      const ask = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/threads/${threadId}/messages`,
        headers: { ...account.headers, accept: 'text/event-stream' },
        payload: { text: 'Hello?' },
      });
      expect(ask.statusCode).toBe(404);
      expect(ask.headers['content-type']).toContain('application/problem+json');
    }
    const colleagueList = await ctx.app.inject({
      url: `/api/v1/sidekicks/${sidekickId}/threads`,
      headers: colleague.headers,
    });
    expect(colleagueList.json<{ items: unknown[] }>().items).toEqual([]);
    const strangerCreate = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/threads`,
      headers: stranger.headers,
      payload: {},
    });
    expect(strangerCreate.statusCode).toBe(404);
  });

  it('refuses an empty question and a 100 kB question with 400 naming the field', async () => {
    for (const text of ['   ', 'x'.repeat(100_000)]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/threads/${threadId}/messages`,
        headers: owner.headers,
        payload: { text },
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('text');
    }
  });

  it('stores the whole answer, marked interrupted, when the client leaves mid-stream', async () => {
    let deltas = 0;
    const message = await ctx.app.runtime.chat.ask(
      { tenantId: owner.tenantId, userId: owner.userId },
      threadId,
      'How many days do customers have to return a product?',
      {
        delta: () => void deltas++,
        get disconnected() {
          return deltas >= 2;
        },
      },
    );
    expect(deltas).toBe(2);
    expect(message.status).toBe('interrupted');
    expect(message.text).toContain('within thirty days');
    const thread = await ctx.app.inject({ url: `/api/v1/threads/${threadId}`, headers: owner.headers });
    expect(thread.json<{ messages: Message[] }>().messages.at(-1)).toMatchObject({
      status: 'interrupted',
      text: message.text,
    });
  });

  it('opens a cited document with its text by page', async () => {
    const response = await ctx.app.inject({ url: `/api/v1/documents/${documentId}`, headers: owner.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ title: string; passages: Array<{ page: number; text: string }> }>();
    expect(body.title).toBe('handbook.pdf');
    expect(body.passages.find((p) => p.page === 2)?.text).toContain('thirty days');
    const other = await ctx.app.inject({ url: `/api/v1/documents/${documentId}`, headers: stranger.headers });
    expect(other.statusCode).toBe(404);
  });
});
