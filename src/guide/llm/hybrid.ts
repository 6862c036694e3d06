import type { LanguageModel } from 'ai';
import type { RunSnapshot } from '../../core/wizard/snapshot.js';
import type { BrainGreetInput, BrainTurnInput, GuideBrain, GuideToolbox, ToolResult } from '../types.js';
import { LlmBrain, type LlmBrainOptions } from './brain.js';

/**
 * A pre-fill pass run before the LLM on each user turn (e.g. the embedded extractors): it may call the
 * turn's tools to set fields, and returns one note per value it set, such as `email = "ann@example.com"`.
 */
export type Prefill = (input: BrainTurnInput) => Promise<string[]>;

/**
 * The hybrid brain: cheap, deterministic extractors first, then the LLM. Each turn runs `prefill` over the
 * user's words (its tool calls are recorded in the turn like any other), then the LLM tool loop with a
 * system prompt that lists what was "already filled from the user's words" and shows the state after the
 * pre-fill. Greeting is the LLM brain's. Errors thrown by `prefill` propagate.
 */
export class HybridBrain implements GuideBrain {
  readonly kind = 'hybrid' as const;
  private readonly llm: LlmBrain;

  constructor(
    model: LanguageModel | LlmBrain,
    private readonly prefill: Prefill,
    options: LlmBrainOptions = {},
  ) {
    this.llm = model instanceof LlmBrain ? model : new LlmBrain(model, options);
  }

  /** Opens the conversation (delegates to the LLM brain). */
  greet(input: BrainGreetInput): Promise<string> {
    return this.llm.greet(input);
  }

  /** Runs the pre-fill, then the LLM turn with the pre-fill's notes and the state it left. */
  async respond(input: BrainTurnInput): Promise<string> {
    let latest: RunSnapshot = input.snapshot;
    const tools = observeToolbox(input.tools, (result) => {
      latest = result.snapshot;
    });
    const notes = await this.prefill({ ...input, tools });
    return this.llm.respondWith({ ...input, snapshot: latest }, { prefilled: notes });
  }
}

/** Wraps a toolbox so that `observe` sees every result (to keep the latest snapshot). */
function observeToolbox(tools: GuideToolbox, observe: (result: ToolResult) => void): GuideToolbox {
  const seen = async (call: Promise<ToolResult>): Promise<ToolResult> => {
    const result = await call;
    observe(result);
    return result;
  };
  return {
    set_wizard_field: (args) => seen(tools.set_wizard_field(args)),
    clear_wizard_field: (args) => seen(tools.clear_wizard_field(args)),
    wizard_next_step: () => seen(tools.wizard_next_step()),
    wizard_previous_step: () => seen(tools.wizard_previous_step()),
    wizard_go_to_step: (args) => seen(tools.wizard_go_to_step(args)),
    get_wizard_state: () => seen(tools.get_wizard_state()),
    complete_wizard: () => seen(tools.complete_wizard()),
    apply_wizard_option_set: (args) => seen(tools.apply_wizard_option_set(args)),
  };
}
