import { beforeAll, expect, it } from 'vitest';
import { Runtime } from '../../src/runtime/runtime.js';
import { UNKNOWN_ANSWER } from '../../src/sidekicks/chat/embedded-answerer.js';
import { runVoiceJob } from '../../src/voice/job.js';
import { startSidekickCall, type SidekickCall } from '../../src/voice/sidekick-call.js';
import { makePdf } from '../knowledge/fixtures.js';
import { describeEachRuntime, RecordingLogger, type VoiceContext } from './voice-helpers.js';

const TENANT = 'tenant-voice-sidekick';
const CALLER = { tenantId: TENANT, userId: 'user-caller' };

/**
 * Uploads handbook.pdf to the sidekick as the server does and waits (at most 30 s) until the knowledge
 * workers of a server runtime on the same database have processed it.
 */
async function uploadHandbook(ctx: VoiceContext, sidekickId: string): Promise<string> {
  const pdf = await makePdf([
    'Welcome to the Acme employee handbook. Our office opens at nine every weekday morning.',
    'Refund policy: customers may return any product within thirty days for a full refund. Shipping costs are not refunded.',
  ]);
  const server = await Runtime.open({
    config: { ...ctx.runtime.config, GUIDEPOST_QUEUE_POLL_SECONDS: 0.5 },
    database: ctx.database,
    log: new RecordingLogger(),
  });
  try {
    await server.start();
    const { document } = await server.knowledge.upload(
      TENANT,
      sidekickId,
      { filename: 'handbook.pdf', contentType: 'application/pdf', bytes: pdf },
      CALLER.userId,
    );
    for (let i = 0; i < 300; i++) {
      const found = (await server.knowledge.list(TENANT, sidekickId)).find((d) => d.id === document.id);
      if (found?.status === 'ready') return document.id;
      if (found?.status === 'failed') throw new Error('handbook.pdf failed to process');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('handbook.pdf was never processed');
  } finally {
    await server.stop();
  }
}

function metadata(sidekickId: string, tenantId = TENANT): string {
  return JSON.stringify({ sidekick_id: sidekickId, tenant_id: tenantId, user_id: CALLER.userId });
}

/** What the sidekick said in the call so far (its messages in the session's history). */
function saidBy(call: SidekickCall): string[] {
  return call.session.history.items.flatMap((i) =>
    i.type === 'message' && i.role === 'assistant' ? [i.textContent ?? ''] : [],
  );
}

/** Asks one question in text mode; resolves to what the sidekick answered aloud. */
async function ask(call: SidekickCall, question: string): Promise<string> {
  const result = await call.session.run({ userInput: question }).wait();
  const reply = result.expect.nextEvent().isMessage({ role: 'assistant' }).event().item.textContent ?? '';
  result.expect.noMoreEvents();
  return reply;
}

describeEachRuntime('a sidekick call through the AgentSession, in text mode', (ctx) => {
  let sidekickId: string;
  let documentId: string;

  beforeAll(async () => {
    sidekickId = (
      await ctx.runtime.sidekicks.create(TENANT, {
        name: 'Handbook Helper',
        greeting: 'Hi there! Ask me anything about the **handbook**.',
      })
    ).id;
    documentId = await uploadHandbook(ctx, sidekickId);
  });

  it('answers from the uploaded document with a spoken citation, and stores the call as a chat thread', async () => {
    const call = await startSidekickCall(
      { metadata: metadata(sidekickId) },
      { sidekicks: ctx.runtime.sidekicks, chat: ctx.runtime.chat, log: new RecordingLogger() },
    );
    let answer: string;
    let unknown: string;
    try {
      await expect
        .poll(() => saidBy(call)[0], { timeout: 15_000 })
        .toBe('Hi there! Ask me anything about the handbook.');
      answer = await ask(call, 'How many days do customers have to return a product?');
      unknown = await ask(call, 'What is the capital of Mongolia?');
    } finally {
      await call.close();
    }

    // Said aloud: the document's sentence, its source in words, nothing written-only.
    expect(answer).toContain('customers may return any product within thirty days for a full refund');
    expect(answer).toMatch(/according to the handbook, page two\b/);
    expect(answer).not.toMatch(/[[\]>*#`]/);
    // A question the document does not cover: an honest "I don't know", citing nothing.
    expect(unknown).toMatch(/^I don't know/);
    expect(unknown).not.toContain('according to');

    // The web Chat tab shows the call: the caller's thread with the questions and cited answers.
    const threads = await ctx.runtime.chat.listThreads(CALLER, sidekickId);
    expect(threads.map((t) => t.id)).toContain(call.threadId);
    const { thread, messages } = await ctx.runtime.chat.getThread(CALLER, call.threadId);
    expect(thread.title).toBe('How many days do customers have to return a product?');
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(messages[1]!.text).toContain('within thirty days');
    expect(messages[1]!.citations).toHaveLength(1);
    expect(messages[1]!.citations[0]).toMatchObject({
      document_id: documentId,
      title: 'handbook.pdf',
      page: 2,
    });
    expect(messages[1]!.citations[0]!.quote).toContain('within thirty days');
    expect(messages[3]).toMatchObject({ text: UNKNOWN_ANSWER, citations: [] });
  });

  it("ends a job whose metadata names an unknown sidekick, or another tenant's, with a logged error", async () => {
    for (const [id, tenant] of [
      ['00000000-0000-4000-8000-000000000000', TENANT],
      [sidekickId, 'another-tenant'],
    ] as const) {
      const log = new RecordingLogger();
      const ended: string[] = [];
      await runVoiceJob(
        {
          agentName: 'sidekick-agent',
          metadata: metadata(id, tenant),
          publisher: null,
          shutdown: (reason) => ended.push(reason),
        },
        { runs: ctx.runtime.runs, sidekicks: ctx.runtime.sidekicks, chat: ctx.runtime.chat, log },
      );
      expect(log.errors()).toEqual(['the voice job could not start']);
      expect(ended).toEqual([`sidekick ${id} was not found`]);
    }
    expect(
      await ctx.runtime.chat.listThreads({ tenantId: 'another-tenant', userId: CALLER.userId }, null),
    ).toEqual([]);
  });
});
