import { randomUUID } from 'node:crypto';
import { llm, DEFAULT_API_CONNECT_OPTIONS, type APIConnectOptions } from '@livekit/agents';
import type { AnswerSink } from '../sidekicks/chat/service.js';
import { lastUserText, TURN_FAILED_REPLY, type GuideLlmLogger } from './guide-llm.js';
import { SpokenAnswer } from './spoken-answer.js';

/**
 * One answer of the sidekick in the call's chat thread for a question (ChatService.ask on the voice channel):
 * streams the written answer's deltas to `sink` and settles once the answer is stored.
 */
export type SidekickAnswerFn = (question: string, sink: AnswerSink) => Promise<unknown>;

/**
 * A sidekick's chat path as the "LLM" of a LiveKit AgentSession: each user turn is a question in the call's
 * chat thread, answered as in chat (the embedded answerer, or the LLM with `search_knowledge`) and stored
 * with its citations; this adapter hands the answer to the session as it streams, piece by piece and spoken
 * (see SpokenAnswer: no markdown, citation markers said as "according to the handbook, page four"), so TTS
 * starts on the first sentence. Never retried: an answer is stored once.
 */
export class SidekickLLM extends llm.LLM {
  constructor(
    readonly answer: SidekickAnswerFn,
    readonly log: GuideLlmLogger,
  ) {
    super();
  }

  label(): string {
    return 'guidepost.SidekickLLM';
  }

  override get model(): string {
    return 'guidepost-sidekick';
  }

  override get provider(): string {
    return 'guidepost';
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
    return new SidekickLLMStream(this, {
      chatCtx,
      toolCtx,
      connOptions: { ...(connOptions ?? DEFAULT_API_CONNECT_OPTIONS), maxRetry: 0 },
    });
  }
}

class SidekickLLMStream extends llm.LLMStream {
  constructor(
    private readonly sidekick: SidekickLLM,
    params: { chatCtx: llm.ChatContext; toolCtx?: llm.ToolContextLike; connOptions: APIConnectOptions },
  ) {
    super(sidekick, params);
  }

  protected async run(): Promise<void> {
    const question = lastUserText(this.chatCtx);
    if (!question) return;
    const id = randomUUID();
    const spoken = new SpokenAnswer();
    const put = (pieces: string[]) => {
      for (const content of pieces) this.queue.put({ id, delta: { role: 'assistant', content } });
    };
    let lookup: Parameters<SpokenAnswer['end']>[0] = () => null;
    const signal = this.abortController.signal;
    try {
      await this.sidekick.answer(question, {
        delta(text, source) {
          lookup = source;
          put(spoken.push(text, source));
        },
        get disconnected() {
          return signal.aborted;
        },
      });
    } catch (error) {
      this.sidekick.log.error({ err: error }, 'the answer of a sidekick call failed');
      put([TURN_FAILED_REPLY]);
      return;
    }
    put(spoken.end(lookup));
  }
}
