import type { AnswerSink } from '../sidekicks/chat/service.js';
import { SpokenAnswer } from './spoken-answer.js';
import { TurnLLM, type TurnLlmLogger, type TurnOutput } from './turn-llm.js';

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
 * starts on the first sentence. Never retried: an answer is stored once (see TurnLLM).
 */
export class SidekickLLM extends TurnLLM {
  constructor(
    readonly answer: SidekickAnswerFn,
    log: TurnLlmLogger,
  ) {
    super(
      {
        label: 'guidepost.SidekickLLM',
        model: 'guidepost-sidekick',
        failure: 'the answer of a sidekick call failed',
      },
      log,
    );
  }

  /** One answer, spoken piece by piece as its deltas arrive; the rest once it is stored. */
  async respond(question: string, out: TurnOutput): Promise<void> {
    const spoken = new SpokenAnswer();
    let lookup: Parameters<SpokenAnswer['end']>[0] = () => null;
    const signal = out.signal;
    await this.answer(question, {
      delta(text, source) {
        lookup = source;
        out.say(spoken.push(text, source));
      },
      get disconnected() {
        return signal.aborted;
      },
    });
    out.say(spoken.end(lookup));
  }
}
