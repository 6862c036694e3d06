import { generateText, stepCountIs, streamText, type LanguageModel, type ModelMessage } from 'ai';
import type { WizardDefinition } from '../../core/wizard/definition.js';
import type { RunSnapshot } from '../../core/wizard/snapshot.js';
import type {
  BrainGreetInput,
  BrainStreamInput,
  BrainTurnInput,
  GuideBrain,
  ToolResult,
  TranscriptEntry,
  TurnPart,
} from '../types.js';
import { aiTools } from './tool-sets.js';
import { buildSystemPrompt, stepQuestion, type SystemPromptOptions } from './prompt.js';
import { createGuideTools } from './tools.js';

/** Options of the LLM brain. */
export interface LlmBrainOptions {
  /** Most model calls in one turn (each tool round-trip is one). Default 8. */
  maxSteps?: number;
  /** Sampling temperature; the provider's default when unset. */
  temperature?: number;
  /** Most output tokens per model call; the provider's default when unset. */
  maxOutputTokens?: number;
}

/**
 * The LLM guide brain: each user turn is one AI SDK `generateText` tool loop over the guide's tools
 * (`stopWhen: stepCountIs(maxSteps)`), with a system prompt describing the wizard and the run's state,
 * rebuilt before every step so the model sees the state its tool calls produced.
 *
 * `greet()` is deterministic and free when the wizard configures `guide.greeting`: the greeting followed by
 * the current step's question. Without a configured greeting it asks the model for one (no tools).
 *
 * Model or network failures are thrown (infrastructure failure, per `GuideSession.send`); refused values
 * are not failures: the model sees the tool's error and re-asks.
 */
export class LlmBrain implements GuideBrain {
  readonly kind = 'llm' as const;
  private readonly maxSteps: number;

  constructor(
    private readonly model: LanguageModel,
    private readonly options: LlmBrainOptions = {},
  ) {
    this.maxSteps = options.maxSteps ?? 8;
    if (!Number.isInteger(this.maxSteps) || this.maxSteps < 1) {
      throw new Error(`maxSteps must be a positive integer, got ${options.maxSteps}`);
    }
  }

  /** Opens the conversation: the configured greeting + the current step's question, else a model-made greeting. */
  async greet(input: BrainGreetInput): Promise<string> {
    const { definition, snapshot, now } = input;
    const question = currentQuestion(definition, snapshot);
    if (definition.guide.greeting) return joinSentences(definition.guide.greeting, question);
    const result = await generateText({
      model: this.model,
      system: buildSystemPrompt(definition, snapshot, now),
      messages: [
        {
          role: 'user',
          content:
            '(The person has just opened the wizard and has not said anything yet. Greet them in one short ' +
            "sentence as yourself, then ask the current step's question.)",
        },
      ],
      ...this.callSettings(),
    });
    const text = result.text.trim();
    return text || joinSentences(`Hi, I'm ${definition.guide.name}.`, question);
  }

  /** Handles one user turn: runs the tool loop and returns the model's final text (or a fallback question). */
  respond(input: BrainTurnInput): Promise<string> {
    return this.respondWith(input, {});
  }

  /**
   * `respond` with extra prompt context, e.g. notes of values a pre-fill already set (the hybrid brain).
   * Returns the model's final text; when it has none (it stopped on tool calls or hit `maxSteps`), the
   * last tool error or the current step's question.
   */
  async respondWith(input: BrainTurnInput, promptOptions: SystemPromptOptions): Promise<string> {
    const { definition, now } = input;
    let latest: RunSnapshot = input.snapshot;
    let lastError: string | undefined;
    const tools = createGuideTools(definition, input.tools, {
      utterance: input.userText,
      onResult: (result: ToolResult) => {
        latest = result.snapshot;
        lastError = result.ok ? undefined : result.error;
      },
    });
    const result = await generateText({
      model: this.model,
      system: buildSystemPrompt(definition, latest, now, promptOptions),
      messages: [...historyMessages(input.history), { role: 'user', content: input.userText }],
      tools: { ...tools, ...aiTools(input.toolSets ?? [], Object.keys(tools)) },
      stopWhen: stepCountIs(this.maxSteps),
      prepareStep: ({ stepNumber }) =>
        stepNumber === 0 ? undefined : { system: buildSystemPrompt(definition, latest, now, promptOptions) },
      ...this.callSettings(),
    });
    const text = result.text.trim();
    if (text) return text;
    return fallbackReply(definition, latest, lastError);
  }

  /**
   * One turn as a stream (AI SDK `streamText`, same tool loop as `respond`): text deltas as the model writes
   * them and each tool call once it has run, over the wizard's tools (when the session has a run) and the
   * session's tool sets. Without a run the system prompt is the session's `instructions` (a sidekick chat).
   * When the model wrote no text in a wizard session, the fallback reply is streamed as one part.
   */
  async *stream(input: BrainStreamInput): AsyncIterable<TurnPart> {
    const { wizard, now } = input;
    let latest = wizard?.snapshot;
    let lastError: string | undefined;
    const own = wizard
      ? createGuideTools(wizard.definition, wizard.tools, {
          utterance: input.userText,
          onResult: (result: ToolResult) => {
            latest = result.snapshot;
            lastError = result.ok ? undefined : result.error;
          },
        })
      : {};
    const system = () =>
      [wizard && latest ? buildSystemPrompt(wizard.definition, latest, now) : '', input.instructions ?? '']
        .filter(Boolean)
        .join('\n\n') || 'You are a helpful assistant.';
    const result = streamText({
      model: this.model,
      system: system(),
      messages: [...historyMessages(input.history), { role: 'user', content: input.userText }],
      tools: { ...own, ...aiTools(input.toolSets, Object.keys(own)) },
      stopWhen: stepCountIs(this.maxSteps),
      prepareStep: ({ stepNumber }) => (stepNumber === 0 ? undefined : { system: system() }),
      ...this.callSettings(),
    });
    let wrote = false;
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta' && part.text) {
        wrote = true;
        yield { type: 'text-delta', text: part.text };
      } else if (part.type === 'tool-result')
        yield { type: 'tool-call', name: part.toolName, args: part.input, result: part.output };
      else if (part.type === 'error') throw part.error;
    }
    if (!wrote && wizard && latest)
      yield { type: 'text-delta', text: fallbackReply(wizard.definition, latest, lastError) };
  }

  private callSettings(): { temperature?: number; maxOutputTokens?: number } {
    return {
      ...(this.options.temperature !== undefined ? { temperature: this.options.temperature } : {}),
      ...(this.options.maxOutputTokens !== undefined
        ? { maxOutputTokens: this.options.maxOutputTokens }
        : {}),
    };
  }
}

/** The transcript as AI SDK messages: user lines as `user`, the guide's as `assistant`. */
export function historyMessages(history: readonly TranscriptEntry[]): ModelMessage[] {
  return history.map((entry) =>
    entry.role === 'user'
      ? { role: 'user' as const, content: entry.text }
      : { role: 'assistant' as const, content: entry.text },
  );
}

/** What to say when the model returned no text: the last refusal, then the question for where the run is. */
export function fallbackReply(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  lastError?: string,
): string {
  const question = currentQuestion(definition, snapshot);
  return lastError
    ? joinSentences(`Sorry, that didn't work: ${lastError.replace(/[.!?\s]+$/, '')}.`, question)
    : question;
}

function currentQuestion(definition: WizardDefinition, snapshot: RunSnapshot): string {
  if (snapshot.status === 'completed') return 'All done, thank you!';
  if (snapshot.status === 'abandoned') return 'This wizard was closed.';
  if (snapshot.is_review) return 'We have everything we need. Shall I submit your answers?';
  const step = definition.steps.find((s) => s.id === snapshot.current_step_id) ?? definition.steps[0]!;
  return stepQuestion(step);
}

function joinSentences(a: string, b: string): string {
  const first = a.trim();
  if (!first) return b;
  return /[.!?…]$/.test(first) ? `${first} ${b}` : `${first}. ${b}`;
}
