import type { RunHandle } from '../core/wizard/run-handle.js';
import { createToolbox, type RecordingToolbox } from './toolbox.js';
import type { GuideBrain, GuideTurn, TranscriptEntry } from './types.js';

/** Options of a guide session. `history` restores an earlier conversation (e.g. after a reconnect). */
export interface GuideSessionOptions {
  run: RunHandle;
  brain: GuideBrain;
  history?: TranscriptEntry[];
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * A transport-free guide session over one run: takes user turns (text) and returns the agent's reply with
 * the tool calls it made and the run events they produced. Chat, voice and the CLI are thin transports
 * around it. The run's state lives in the run handle, so a crashed session loses no answer.
 */
export class GuideSession {
  readonly run: RunHandle;
  private readonly brain: GuideBrain;
  private readonly tools: RecordingToolbox;
  private readonly transcript: TranscriptEntry[];
  private readonly now: () => Date;

  constructor(options: GuideSessionOptions) {
    this.run = options.run;
    this.brain = options.brain;
    this.tools = createToolbox(options.run);
    this.transcript = [...(options.history ?? [])];
    this.now = options.now ?? (() => new Date());
  }

  /** The conversation so far. */
  history(): readonly TranscriptEntry[] {
    return this.transcript;
  }

  /** Opens the conversation: the guide's greeting and first question. */
  async greet(): Promise<GuideTurn> {
    const now = this.now();
    const seen = this.run.state().event_count;
    const reply = await this.brain.greet({
      definition: this.run.definition,
      snapshot: this.tools.snapshot(),
      tools: this.tools,
      now,
    });
    return this.finish(reply, now, this.transcript.length, seen);
  }

  /** Handles one user turn. Throws only on infrastructure failure (e.g. the database); bad values are re-asked. */
  async send(userText: string): Promise<GuideTurn> {
    const now = this.now();
    const seen = this.run.state().event_count;
    const history = [...this.transcript];
    const from = this.transcript.length;
    this.transcript.push({ role: 'user', text: userText, at: now.toISOString() });
    const reply = await this.brain.respond({
      definition: this.run.definition,
      snapshot: this.tools.snapshot(),
      userText,
      history,
      tools: this.tools,
      now,
    });
    return this.finish(reply, now, from, seen);
  }

  /**
   * Ends a turn. A message an action showed during the turn (`show_message`, e.g. "Herman is ready: …" after
   * completion, or why a step cannot be left) is said after the brain's reply, so chat and voice hear it too.
   */
  private finish(brainReply: string, now: Date, from: number, seen: number): GuideTurn {
    const message = this.run.state().last_message;
    const reply =
      message && message.event > seen && !brainReply.includes(message.text)
        ? `${brainReply}\n\n${message.text}`.trim()
        : brainReply;
    this.transcript.push({ role: 'agent', text: reply, at: now.toISOString() });
    const { calls, events } = this.tools.drain();
    const transcript = this.transcript.slice(from);
    return { reply, tool_calls: calls, events, transcript, snapshot: this.tools.snapshot() };
  }
}
