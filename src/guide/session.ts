import type { RunHandle } from '../core/wizard/run-handle.js';
import { createToolbox, type RecordingToolbox } from './toolbox.js';
import type { GuideBrain, GuideTurn, ToolSet, TranscriptEntry, TurnPart } from './types.js';

/** Options of a guide session. `history` restores an earlier conversation (e.g. after a reconnect). */
export interface GuideSessionOptions {
  run: RunHandle;
  brain: GuideBrain;
  history?: TranscriptEntry[];
  /** Tool sets besides the wizard's tools (`search_knowledge`, action tools); default none. */
  toolSets?: ToolSet[];
  /** Extra instructions for a streaming brain (e.g. the sidekick's persona). */
  instructions?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * A transport-free guide session over one run: takes user turns (text) and returns the agent's reply with
 * the tool calls it made and the run events they produced, whole (`send`) or as a stream of parts
 * (`stream`). Chat, voice and the CLI are thin transports around it. The run's state lives in the run
 * handle, so a crashed session loses no answer. For a conversation without a run, see `ChatSession`.
 */
export class GuideSession {
  readonly run: RunHandle;
  private readonly brain: GuideBrain;
  private readonly tools: RecordingToolbox;
  private readonly transcript: TranscriptEntry[];
  private readonly toolSets: ToolSet[];
  private readonly instructions: string | undefined;
  private readonly now: () => Date;

  constructor(options: GuideSessionOptions) {
    this.run = options.run;
    this.brain = options.brain;
    this.tools = createToolbox(options.run);
    this.transcript = [...(options.history ?? [])];
    this.toolSets = options.toolSets ?? [];
    this.instructions = options.instructions;
    this.now = options.now ?? (() => new Date());
  }

  /** The conversation so far. */
  history(): readonly TranscriptEntry[] {
    return this.transcript;
  }

  /** Opens the conversation: the guide's greeting and first question. */
  async greet(): Promise<GuideTurn> {
    const now = this.now();
    const reply = await this.brain.greet({
      definition: this.run.definition,
      snapshot: this.tools.snapshot(),
      tools: this.tools,
      now,
    });
    return this.finish(reply, now, this.transcript.length);
  }

  /** Handles one user turn. Throws only on infrastructure failure (e.g. the database); bad values are re-asked. */
  async send(userText: string): Promise<GuideTurn> {
    const now = this.now();
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
      toolSets: this.toolSets,
    });
    return this.finish(reply, now, from);
  }

  /**
   * Handles one user turn as a stream: yields text deltas and tool calls as they happen (a brain without
   * `stream` yields its tool calls, then its whole reply), and returns the turn (as `send` does) when done.
   * `send` never streams: it is the brain's `respond`.
   */
  async *stream(userText: string): AsyncGenerator<TurnPart, GuideTurn> {
    if (!this.brain.stream) {
      const turn = await this.send(userText);
      for (const call of turn.tool_calls)
        yield { type: 'tool-call', name: call.name, args: call.args, result: call.result };
      yield { type: 'text-delta', text: turn.reply };
      return turn;
    }
    const now = this.now();
    const history = [...this.transcript];
    const from = this.transcript.length;
    this.transcript.push({ role: 'user', text: userText, at: now.toISOString() });
    let reply = '';
    for await (const part of this.brain.stream({
      userText,
      history,
      now,
      toolSets: this.toolSets,
      ...(this.instructions ? { instructions: this.instructions } : {}),
      wizard: { definition: this.run.definition, snapshot: this.tools.snapshot(), tools: this.tools },
    })) {
      if (part.type === 'text-delta') reply += part.text;
      yield part;
    }
    return this.finish(reply.trim(), now, from);
  }

  private finish(reply: string, now: Date, from: number): GuideTurn {
    this.transcript.push({ role: 'agent', text: reply, at: now.toISOString() });
    const { calls, events } = this.tools.drain();
    const transcript = this.transcript.slice(from);
    return { reply, tool_calls: calls, events, transcript, snapshot: this.tools.snapshot() };
  }
}
