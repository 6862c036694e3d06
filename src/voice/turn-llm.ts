import { randomUUID } from 'node:crypto';
import { llm, DEFAULT_API_CONNECT_OPTIONS, type APIConnectOptions } from '@livekit/agents';

/** Where the adapter logs a failed turn (pino's shape). */
export interface TurnLlmLogger {
  error(obj: object, msg: string): void;
}

/** What the agent says when its turn failed (the run or thread keeps what it had; the person can say it again). */
export const TURN_FAILED_REPLY =
  "Sorry, I couldn't take that in just now. Could you say it again, or type it in the chat?";

/** Where one turn's reply goes: spoken pieces and function calls, all under the turn's message id. */
export interface TurnOutput {
  /** The id of the turn's assistant message. */
  readonly id: string;
  /** Aborted when the session no longer wants the reply (the person interrupted or left). */
  readonly signal: AbortSignal;
  /** Hands text pieces to the session, in order (TTS starts on the first). */
  say(pieces: Iterable<string>): void;
  /** Hands the model's function calls to the session (they appear in its history and RunResult). */
  call(toolCalls: llm.FunctionCall[]): void;
}

/** How a turn LLM names itself to LiveKit, and the log message of a failed turn. */
export interface TurnLlmNames {
  label: string;
  model: string;
  failure: string;
}

/**
 * One of Guidepost's answerers as the "LLM" of a LiveKit AgentSession: each user turn (see lastUserText) is
 * answered by `respond`, which streams its reply to the session. A turn that throws is logged and answered
 * with TURN_FAILED_REPLY. Never retried (`maxRetry: 0`): a turn changes state (a run, a chat thread) and runs
 * once. Subclasses: GuideLLM (a run's guide), SidekickLLM (a sidekick's chat thread).
 */
export abstract class TurnLLM extends llm.LLM {
  constructor(
    private readonly names: TurnLlmNames,
    readonly log: TurnLlmLogger,
  ) {
    super();
  }

  label(): string {
    return this.names.label;
  }

  override get model(): string {
    return this.names.model;
  }

  override get provider(): string {
    return 'guidepost';
  }

  /** The log message of a failed turn. */
  get failureMessage(): string {
    return this.names.failure;
  }

  /** Answers the user's words `text`, writing the reply to `out`; throws when the turn failed. */
  abstract respond(text: string, out: TurnOutput): Promise<void>;

  chat({
    chatCtx,
    toolCtx,
    connOptions,
  }: {
    chatCtx: llm.ChatContext;
    toolCtx?: llm.ToolContextLike;
    connOptions?: APIConnectOptions;
  }): llm.LLMStream {
    return new TurnLLMStream(this, {
      chatCtx,
      toolCtx,
      connOptions: { ...(connOptions ?? DEFAULT_API_CONNECT_OPTIONS), maxRetry: 0 },
    });
  }
}

class TurnLLMStream extends llm.LLMStream {
  constructor(
    private readonly turnLlm: TurnLLM,
    params: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContextLike; connOptions: APIConnectOptions },
  ) {
    super(turnLlm, params);
  }

  protected async run(): Promise<void> {
    const text = lastUserText(this.chatCtx);
    if (!text) return;
    const id = randomUUID();
    const out: TurnOutput = {
      id,
      signal: this.abortController.signal,
      say: (pieces) => {
        for (const content of pieces) this.queue.put({ id, delta: { role: 'assistant', content } });
      },
      call: (toolCalls) => this.queue.put({ id, delta: { role: 'assistant', toolCalls } }),
    };
    try {
      await this.turnLlm.respond(text, out);
    } catch (error) {
      this.turnLlm.log.error({ err: error }, this.turnLlm.failureMessage);
      out.say([TURN_FAILED_REPLY]);
    }
  }
}

/**
 * The text of the user message the session asks a reply to (what the person just said or typed); null
 * when the context ends with the agent's own message or tool calls (a reply to tool outputs is never asked
 * for: the reporting tools return nothing, and a turn must not run twice).
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
