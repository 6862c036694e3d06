import type { RunChannel } from '../core/run-channels.js';
import type { RunHandle } from '../core/wizard/run-handle.js';
import { announcements } from './announcements.js';
import { speakable } from './speakable.js';
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
 * Options of one turn: the channel it comes through when that is not the run's own. A `voice` turn stamps
 * its run events with the channel and gets a speakable reply (see speakable), which is also what the
 * transcript keeps: it is what was said.
 */
export interface TurnOptions {
  channel?: RunChannel;
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
  /** How many of the run's events the guide has told the user about (their messages and outputs). */
  private told: number;
  private channel: RunChannel | undefined;

  constructor(options: GuideSessionOptions) {
    this.run = options.run;
    this.brain = options.brain;
    this.tools = createToolbox(options.run, () => this.channel);
    this.transcript = [...(options.history ?? [])];
    this.toolSets = options.toolSets ?? [];
    this.instructions = options.instructions;
    this.now = options.now ?? (() => new Date());
    // A new conversation says what actions showed since the run started; a restored one goes on from now.
    this.told = this.transcript.length === 0 ? 0 : this.eventCount();
  }

  /** The conversation so far. */
  history(): readonly TranscriptEntry[] {
    return this.transcript;
  }

  /** Opens the conversation: the guide's greeting and first question. */
  async greet(options: TurnOptions = {}): Promise<GuideTurn> {
    this.channel = options.channel;
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
  async send(userText: string, options: TurnOptions = {}): Promise<GuideTurn> {
    this.channel = options.channel;
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
    return await this.finish(reply.trim(), now, from);
  }

  /**
   * The reply with what the wizard's actions showed since the guide last spoke (messages and output
   * renderers' text forms, see announcements.ts) said before the brain's own words, so they frame its next
   * question; once the run is complete, said after them, so what completion produced (e.g. a link to the
   * sidekick it created) is the last line. The session's own history keeps these written words (the brain's
   * dialogue memory compares them with what it said last); the turn's reply and transcript lines carry what
   * was said, speakable on a voice turn.
   */
  private async withAnnouncements(reply: string): Promise<string> {
    const count = this.eventCount();
    if (count <= this.told) return reply;
    const events = await this.run.events(this.told);
    this.told = count;
    const said = announcements(events);
    const completed = this.run.state().status === 'completed';
    return (completed ? [reply, ...said] : [...said, reply]).join('\n\n');
  }

  private eventCount(): number {
    try {
      return this.run.state().event_count;
    } catch {
      return 0;
    }
  }

  private async finish(brainReply: string, now: Date, from: number): Promise<GuideTurn> {
    const written = await this.withAnnouncements(brainReply);
    const reply = this.channel === 'voice' ? speakable(written) : written;
    this.channel = undefined;
    const at = now.toISOString();
    this.transcript.push({ role: 'agent', text: written, at });
    const { calls, events } = this.tools.drain();
    const transcript = [...this.transcript.slice(from, -1), { role: 'agent' as const, text: reply, at }];
    return { reply, tool_calls: calls, events, transcript, snapshot: this.tools.snapshot() };
  }
}
