import { randomUUID } from 'node:crypto';
import { llm, DEFAULT_API_CONNECT_OPTIONS, type APIConnectOptions } from '@livekit/agents';
import type { GuideTurn, ToolCallRecord } from '../guide/types.js';

/** One turn of the run's guide session for a user's words (RunService.sendMessage, channel `voice`). */
export type GuideTurnFn = (userText: string) => Promise<GuideTurn>;

/** Where the adapter logs a failed turn (pino's shape). */
export interface GuideLlmLogger {
  error(obj: object, msg: string): void;
}

/** What the guide says when its turn failed (the run keeps what it had; the person can say it again). */
export const TURN_FAILED_REPLY =
  "Sorry, I couldn't take that in just now. Could you say it again, or type it in the chat?";

/**
 * The run's guide session as the "LLM" of a LiveKit AgentSession: the transport-free guide (embedded or LLM
 * brain, the same session as chat) answers each user turn; this adapter hands its reply to the session
 * sentence by sentence (TTS starts on the first sentence), then the tool calls the guide made during the
 * turn as the model's function calls, so they appear in the session's history and RunResult. The calls were
 * already applied to the run (run commands, channel `voice`) when the guide made them; the agent's function
 * tools (see wizardTools) only report them — they look the call up here by its id and publish its data
 * message. Never retried: a guide turn is not idempotent.
 */
export class GuideLLM extends llm.LLM {
  private readonly calls = new Map<string, ToolCallRecord>();

  constructor(
    readonly turn: GuideTurnFn,
    readonly log: GuideLlmLogger,
  ) {
    super();
  }

  label(): string {
    return 'guidepost.GuideLLM';
  }

  override get model(): string {
    return 'guidepost-guide';
  }

  override get provider(): string {
    return 'guidepost';
  }

  /** The guide's tool call behind a function call id, once (the reporting tool takes it). */
  takeCall(callId: string): ToolCallRecord | undefined {
    const call = this.calls.get(callId);
    this.calls.delete(callId);
    return call;
  }

  /** @internal Keeps a call for its reporting tool. */
  keepCall(callId: string, call: ToolCallRecord): void {
    this.calls.set(callId, call);
  }

  chat({
    chatCtx,
    toolCtx,
    connOptions,
  }: {
    chatCtx: llm.ChatContext;
    toolCtx?: llm.ToolContextLike;
    connOptions?: APIConnectOptions;
  }): llm.LLMStream {
    return new GuideLLMStream(this, {
      chatCtx,
      toolCtx,
      connOptions: { ...(connOptions ?? DEFAULT_API_CONNECT_OPTIONS), maxRetry: 0 },
    });
  }
}

class GuideLLMStream extends llm.LLMStream {
  constructor(
    private readonly guide: GuideLLM,
    params: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContextLike; connOptions: APIConnectOptions },
  ) {
    super(guide, params);
  }

  protected async run(): Promise<void> {
    const text = lastUserText(this.chatCtx);
    if (!text) return;
    const id = randomUUID();
    let turn: GuideTurn;
    try {
      turn = await this.guide.turn(text);
    } catch (error) {
      this.guide.log.error({ err: error }, 'the guide turn of a voice call failed');
      this.queue.put({ id, delta: { role: 'assistant', content: TURN_FAILED_REPLY } });
      return;
    }
    for (const sentence of sentences(turn.reply))
      this.queue.put({ id, delta: { role: 'assistant', content: sentence } });
    if (turn.tool_calls.length === 0) return;
    const toolCalls = turn.tool_calls.map((call, i) => {
      const callId = `${id}-${i}`;
      this.guide.keepCall(callId, call);
      return llm.FunctionCall.create({ callId, name: call.name, args: JSON.stringify(call.args) });
    });
    this.queue.put({ id, delta: { role: 'assistant', toolCalls } });
  }
}

/**
 * The text of the user message the session asks a reply to (what the person just said or typed); null
 * when the context ends with the agent's own message or tool calls (a reply to tool outputs is never asked
 * for: the reporting tools return nothing, and a guide turn must not run twice).
 */
export function lastUserText(chatCtx: llm.ChatContext): string | null {
  for (let i = chatCtx.items.length - 1; i >= 0; i--) {
    const item = chatCtx.items[i]!;
    if (item.type === 'function_call' || item.type === 'function_call_output') return null;
    if (item.type !== 'message') continue;
    return item.role === 'user' ? item.textContent?.trim() || null : null;
  }
  return null;
}

/** Splits a reply after each sentence's end, keeping the spaces so the pieces join back to the reply. */
export function sentences(reply: string): string[] {
  return reply.match(/[^.!?]+(?:[.!?]+["')\]]*\s*|$)/g)?.filter((s) => s !== '') ?? [reply];
}
