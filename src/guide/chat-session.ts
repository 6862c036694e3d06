import type { ChatTurn, GuideBrain, ToolSet, TranscriptEntry, TurnPart } from './types.js';

/** Options of a chat session: a streaming brain, its tool sets and instructions (the persona). */
export interface ChatSessionOptions {
  brain: GuideBrain;
  toolSets?: ToolSet[];
  instructions?: string;
  history?: TranscriptEntry[];
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * A guide session without a run (a sidekick chat): the brain answers with its tool sets only
 * (`search_knowledge`, action tools). The brain must stream (`GuideBrain.stream`); the embedded brain does
 * not, so a chat needs an LLM. Transport-free like `GuideSession`.
 */
export class ChatSession {
  private readonly brain: GuideBrain & Required<Pick<GuideBrain, 'stream'>>;
  private readonly transcript: TranscriptEntry[];
  private readonly toolSets: ToolSet[];
  private readonly instructions: string | undefined;
  private readonly now: () => Date;

  /** Throws when the brain cannot stream (the embedded brain): a chat without a wizard needs an LLM. */
  constructor(options: ChatSessionOptions) {
    const { brain } = options;
    if (!brain.stream)
      throw new Error(
        `the ${brain.kind} brain cannot chat without a wizard: configure an LLM (GUIDEPOST_LLM_PROVIDER)`,
      );
    this.brain = brain as GuideBrain & Required<Pick<GuideBrain, 'stream'>>;
    this.transcript = [...(options.history ?? [])];
    this.toolSets = options.toolSets ?? [];
    this.instructions = options.instructions;
    this.now = options.now ?? (() => new Date());
  }

  /** The conversation so far. */
  history(): readonly TranscriptEntry[] {
    return this.transcript;
  }

  /** Handles one user turn as a stream of parts; returns the whole turn when done. */
  async *stream(userText: string): AsyncGenerator<TurnPart, ChatTurn> {
    const now = this.now();
    const history = [...this.transcript];
    const from = this.transcript.length;
    this.transcript.push({ role: 'user', text: userText, at: now.toISOString() });
    let reply = '';
    const calls: ChatTurn['tool_calls'] = [];
    for await (const part of this.brain.stream({
      userText,
      history,
      now,
      toolSets: this.toolSets,
      ...(this.instructions ? { instructions: this.instructions } : {}),
    })) {
      if (part.type === 'text-delta') reply += part.text;
      else calls.push(part);
      yield part;
    }
    this.transcript.push({ role: 'agent', text: reply.trim(), at: now.toISOString() });
    return { reply: reply.trim(), tool_calls: calls, transcript: this.transcript.slice(from) };
  }

  /** Handles one user turn and returns it whole. */
  async send(userText: string): Promise<ChatTurn> {
    const parts = this.stream(userText);
    for (;;) {
      const next = await parts.next();
      if (next.done) return next.value;
    }
  }
}
