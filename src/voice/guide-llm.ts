import { llm } from '@livekit/agents';
import type { GuideTurn, ToolCallRecord } from '../guide/types.js';
import { TurnLLM, type TurnLlmLogger, type TurnOutput } from './turn-llm.js';

/** One turn of the run's guide session for a user's words (RunService.sendMessage, channel `voice`). */
export type GuideTurnFn = (userText: string) => Promise<GuideTurn>;

/**
 * The run's guide session as the "LLM" of a LiveKit AgentSession: the transport-free guide (embedded or LLM
 * brain, the same session as chat) answers each user turn; this adapter hands its reply to the session
 * sentence by sentence (TTS starts on the first sentence), then the tool calls the guide made during the
 * turn as the model's function calls, so they appear in the session's history and RunResult. The calls were
 * already applied to the run (run commands, channel `voice`) when the guide made them; the agent's function
 * tools (see wizardTools) only report them — they look the call up here by its id and publish its data
 * message. Never retried: a guide turn is not idempotent (see TurnLLM).
 */
export class GuideLLM extends TurnLLM {
  private readonly calls = new Map<string, ToolCallRecord>();

  constructor(
    readonly turn: GuideTurnFn,
    log: TurnLlmLogger,
  ) {
    super(
      {
        label: 'guidepost.GuideLLM',
        model: 'guidepost-guide',
        failure: 'the guide turn of a voice call failed',
      },
      log,
    );
  }

  /** The guide's tool call behind a function call id, once (the reporting tool takes it). */
  takeCall(callId: string): ToolCallRecord | undefined {
    const call = this.calls.get(callId);
    this.calls.delete(callId);
    return call;
  }

  /** One guide turn: its reply by sentences, then its tool calls as function calls kept for their tools. */
  async respond(text: string, out: TurnOutput): Promise<void> {
    const turn = await this.turn(text);
    out.say(sentences(turn.reply));
    if (turn.tool_calls.length === 0) return;
    out.call(
      turn.tool_calls.map((call, i) => {
        const callId = `${out.id}-${i}`;
        this.calls.set(callId, call);
        return llm.FunctionCall.create({ callId, name: call.name, args: JSON.stringify(call.args) });
      }),
    );
  }
}

/** Splits a reply after each sentence's end, keeping the spaces so the pieces join back to the reply. */
export function sentences(reply: string): string[] {
  return reply.match(/[^.!?]+(?:[.!?]+["')\]]*\s*|$)/g)?.filter((s) => s !== '') ?? [reply];
}
