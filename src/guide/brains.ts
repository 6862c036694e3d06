import type { BrainKind } from '../core/wizard/definition.js';
import { HybridBrain } from './llm/hybrid.js';
import { LlmBrain } from './llm/brain.js';
import { createLanguageModel, type LlmConfig } from './llm/provider.js';
import { EmbeddedBrain } from './nlu/brain.js';
import { prefillTypedFields } from './nlu/prefill.js';
import type { GuideBrain } from './types.js';

/** What a brain needs from configuration. `llm` is required for the `llm` and `hybrid` kinds. */
export interface BrainOptions {
  kind: BrainKind;
  llm?: LlmConfig | null;
  defaultRegion?: string;
}

/**
 * Creates a guide brain of a kind: `embedded` (no LLM), `llm` (AI SDK tool loop) or `hybrid` (the
 * embedded extractors pre-fill typed fields, then the LLM). Throws when an LLM kind has no LLM configured.
 */
export function createBrain(options: BrainOptions): GuideBrain {
  if (options.kind === 'embedded') return new EmbeddedBrain({ defaultRegion: options.defaultRegion });
  if (!options.llm)
    throw new Error(
      `the ${options.kind} brain needs an LLM: set GUIDEPOST_LLM_PROVIDER and GUIDEPOST_LLM_MODEL`,
    );
  const model = createLanguageModel(options.llm);
  if (options.kind === 'llm') return new LlmBrain(model);
  return new HybridBrain(model, prefillTypedFields);
}
