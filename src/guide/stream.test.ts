import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChatSession } from './chat-session.js';
import { LlmBrain } from './llm/brain.js';
import { leadWizard, startedRun } from './llm/fixture.test-support.js';
import { scriptedModel } from './llm/testing.js';
import { EmbeddedBrain } from './nlu/brain.js';
import { GuideSession } from './session.js';
import type { ToolSet, TurnPart } from './types.js';

const now = () => new Date('2026-03-10T09:00:00Z');

/** A knowledge tool set whose `search_knowledge` records its queries and returns one passage. */
function knowledge(queries: string[]): ToolSet {
  return {
    name: 'knowledge',
    tools: {
      search_knowledge: {
        description: 'Search the knowledge base',
        inputSchema: z.object({ query: z.string() }),
        execute: async (input) => {
          queries.push((input as { query: string }).query);
          return { passages: [{ text: 'We open at 9.', source: 'faq.md' }] };
        },
      },
    },
  };
}

async function collect<T, R>(stream: AsyncGenerator<T, R>): Promise<{ parts: T[]; result: R }> {
  const parts: T[] = [];
  for (;;) {
    const next = await stream.next();
    if (next.done) return { parts, result: next.value };
    parts.push(next.value);
  }
}

describe('streamed turns', () => {
  it('an LLM wizard session streams text deltas and tool calls, and returns the turn', async () => {
    const run = await startedRun(leadWizard());
    const model = scriptedModel([
      { toolCalls: [{ name: 'set_wizard_field', input: { field_name: 'email', value: 'ann@example.com' } }] },
      { text: 'Thanks Ann! What is your budget?' },
    ]);
    const session = new GuideSession({ run, brain: new LlmBrain(model), now });

    const { parts, result } = await collect(session.stream("It's ann@example.com"));

    const deltas = parts.filter(
      (p): p is Extract<TurnPart, { type: 'text-delta' }> => p.type === 'text-delta',
    );
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((d) => d.text).join('')).toBe('Thanks Ann! What is your budget?');
    expect(parts[0]).toMatchObject({ type: 'tool-call', name: 'set_wizard_field' });
    expect(result.reply).toBe('Thanks Ann! What is your budget?');
    expect(result.snapshot.values.email).toBe('ann@example.com');
    expect(session.history().map((e) => e.role)).toEqual(['user', 'agent']);
  });

  it('the session passes its tool sets to the brain beside the wizard tools', async () => {
    const run = await startedRun(leadWizard());
    const queries: string[] = [];
    const model = scriptedModel([
      { toolCalls: [{ name: 'search_knowledge', input: { query: 'opening hours' } }] },
      { text: 'We open at 9.' },
    ]);
    const session = new GuideSession({
      run,
      brain: new LlmBrain(model),
      now,
      toolSets: [knowledge(queries)],
    });

    const { parts } = await collect(session.stream('when do you open?'));

    expect(queries).toEqual(['opening hours']);
    expect(parts).toContainEqual({
      type: 'tool-call',
      name: 'search_knowledge',
      args: { query: 'opening hours' },
      result: { passages: [{ text: 'We open at 9.', source: 'faq.md' }] },
    });
    expect(model.doStreamCalls[0]!.tools?.map((t) => t.name).sort()).toContain('search_knowledge');
    expect(model.doStreamCalls[0]!.tools?.map((t) => t.name)).toContain('set_wizard_field');
  });

  it('send() uses the tool sets too', async () => {
    const run = await startedRun(leadWizard());
    const queries: string[] = [];
    const model = scriptedModel([
      { toolCalls: [{ name: 'search_knowledge', input: { query: 'hours' } }] },
      { text: 'Nine.' },
    ]);
    const session = new GuideSession({
      run,
      brain: new LlmBrain(model),
      now,
      toolSets: [knowledge(queries)],
    });
    expect((await session.send('hours?')).reply).toBe('Nine.');
    expect(queries).toEqual(['hours']);
  });

  it('a brain that does not stream yields its tool calls, then its reply in one part', async () => {
    const run = await startedRun(leadWizard());
    const session = new GuideSession({ run, brain: new EmbeddedBrain(), now });
    await session.greet();

    const { parts, result } = await collect(session.stream('ann@example.com'));

    expect(parts.at(-1)).toEqual({ type: 'text-delta', text: result.reply });
    expect(parts.filter((p) => p.type === 'tool-call').map((p) => (p as { name: string }).name)).toEqual(
      result.tool_calls.map((c) => c.name),
    );
    expect(result.tool_calls.length).toBeGreaterThan(0);
  });

  it('a tool set may not reuse a wizard tool name', async () => {
    const run = await startedRun(leadWizard());
    const clash: ToolSet = {
      name: 'actions',
      tools: { complete_wizard: { description: 'x', inputSchema: z.object({}), execute: async () => null } },
    };
    const session = new GuideSession({
      run,
      brain: new LlmBrain(scriptedModel([{ text: 'hi' }])),
      now,
      toolSets: [clash],
    });
    await expect(session.send('hi')).rejects.toThrow(/complete_wizard.*defined twice/);
  });
});

describe('ChatSession (no run)', () => {
  it('streams a sidekick chat with its tool sets and instructions, and keeps the transcript', async () => {
    const queries: string[] = [];
    const model = scriptedModel([
      { toolCalls: [{ name: 'search_knowledge', input: { query: 'opening hours' } }] },
      { text: 'We open at 9, says the FAQ.' },
    ]);
    const chat = new ChatSession({
      brain: new LlmBrain(model),
      toolSets: [knowledge(queries)],
      instructions: 'You are Mo, the bakery assistant.',
      now,
    });

    const { parts, result } = await collect(chat.stream('when do you open?'));

    expect(result.reply).toBe('We open at 9, says the FAQ.');
    expect(result.tool_calls.map((c) => c.name)).toEqual(['search_knowledge']);
    expect(parts.filter((p) => p.type === 'text-delta').length).toBeGreaterThan(1);
    const system = model.doStreamCalls[0]!.prompt.find((m) => m.role === 'system');
    expect(system?.content).toBe('You are Mo, the bakery assistant.');
    expect(model.doStreamCalls[0]!.tools?.map((t) => t.name)).toEqual(['search_knowledge']);
    expect(chat.history().map((e) => e.text)).toEqual(['when do you open?', 'We open at 9, says the FAQ.']);
  });

  it('refuses a brain that cannot stream, saying an LLM is needed', () => {
    expect(() => new ChatSession({ brain: new EmbeddedBrain() })).toThrow(/needs?|configure an LLM/);
  });
});
