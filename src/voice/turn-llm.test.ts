import { initializeLogger, llm } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastUserText, TURN_FAILED_REPLY, TurnLLM, type TurnOutput } from './turn-llm.js';

/** A turn LLM whose turns `respond` answers, recording the words it was asked and what it logged. */
class ScriptedLLM extends TurnLLM {
  readonly asked: string[] = [];
  readonly logged: string[] = [];

  constructor(private readonly script: (text: string, out: TurnOutput) => Promise<void>) {
    super(
      { label: 'test.ScriptedLLM', model: 'scripted', failure: 'the scripted turn failed' },
      { error: (_obj, msg) => void this.logged.push(msg) },
    );
  }

  async respond(text: string, out: TurnOutput): Promise<void> {
    this.asked.push(text);
    await this.script(text, out);
  }
}

function context(...messages: Array<{ role: 'user' | 'assistant'; text: string }>): llm.ChatContext {
  const chatCtx = llm.ChatContext.empty();
  for (const m of messages) chatCtx.addMessage({ role: m.role, content: m.text });
  return chatCtx;
}

async function chunks(model: TurnLLM, chatCtx: llm.ChatContext): Promise<llm.ChatChunk[]> {
  const out: llm.ChatChunk[] = [];
  for await (const chunk of model.chat({ chatCtx })) out.push(chunk);
  return out;
}

describe('TurnLLM', () => {
  beforeAll(() => initializeLogger({ pretty: false, level: 'silent' }));

  it('names itself and streams the pieces and function calls of a turn under one id', async () => {
    const model = new ScriptedLLM(async (text, out) => {
      out.say([`You said `, `${text}.`]);
      out.call([llm.FunctionCall.create({ callId: `${out.id}-0`, name: 'echo', args: '{}' })]);
    });
    expect([model.label(), model.model, model.provider]).toEqual([
      'test.ScriptedLLM',
      'scripted',
      'guidepost',
    ]);
    const got = await chunks(model, context({ role: 'user', text: '  hello ' }));
    expect(model.asked).toEqual(['hello']);
    expect(got.map((c) => c.delta?.content ?? c.delta?.toolCalls?.[0]?.name)).toEqual([
      'You said ',
      'hello.',
      'echo',
    ]);
    expect(new Set(got.map((c) => c.id)).size).toBe(1);
    expect(got[2]!.delta!.toolCalls![0]!.callId).toBe(`${got[0]!.id}-0`);
  });

  it('logs a failed turn and says so after what it had said', async () => {
    const model = new ScriptedLLM(async (_text, out) => {
      out.say(['Let me see. ']);
      throw new Error('the answerer is down');
    });
    const got = await chunks(model, context({ role: 'user', text: 'hello' }));
    expect(got.map((c) => c.delta?.content)).toEqual(['Let me see. ', TURN_FAILED_REPLY]);
    expect(model.logged).toEqual(['the scripted turn failed']);
  });

  it('runs no turn when the context does not end with the user', async () => {
    const model = new ScriptedLLM(async (_text, out) => out.say(['never']));
    const chatCtx = context({ role: 'user', text: 'hello' }, { role: 'assistant', text: 'Hi!' });
    expect(lastUserText(chatCtx)).toBeNull();
    expect(await chunks(model, chatCtx)).toEqual([]);
    expect(model.asked).toEqual([]);
  });
});
