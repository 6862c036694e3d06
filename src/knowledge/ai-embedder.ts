import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { embedMany, type EmbeddingModel } from 'ai';
import type { LlmConfig } from '../guide/llm/provider.js';
import type { Embedder } from './embeddings.js';

/**
 * An Embedder on the AI SDK (`embedMany`, which batches and retries) with the LLM provider's settings: OpenAI or
 * any OpenAI-compatible server (Ollama, vLLM, …). Returns null for a provider without embeddings (Anthropic).
 */
export function aiEmbedder(llm: LlmConfig, model: string): Embedder | null {
  let embeddingModel: EmbeddingModel;
  if (llm.provider === 'openai')
    embeddingModel = createOpenAI({ apiKey: llm.apiKey, baseURL: llm.baseUrl }).embedding(model);
  else if (llm.provider === 'openai-compatible')
    embeddingModel = createOpenAICompatible({
      name: 'openai-compatible',
      apiKey: llm.apiKey,
      baseURL: llm.baseUrl!,
    }).embeddingModel(model);
  else return null;
  return {
    model: `${llm.provider}:${model}`,
    async embed(texts) {
      if (texts.length === 0) return [];
      return (await embedMany({ model: embeddingModel, values: texts })).embeddings;
    },
  };
}
