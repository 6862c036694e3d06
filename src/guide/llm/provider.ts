import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { z } from 'zod';

/** LLM providers the guide can use. `openai-compatible` covers Ollama, vLLM, llama.cpp, LM Studio, … */
export const LLM_PROVIDERS = ['openai', 'anthropic', 'openai-compatible'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];

/** Environment variables of the LLM configuration, by config key. */
export const LLM_ENV_VARS = {
  provider: 'GUIDEPOST_LLM_PROVIDER',
  model: 'GUIDEPOST_LLM_MODEL',
  apiKey: 'GUIDEPOST_LLM_API_KEY',
  baseUrl: 'GUIDEPOST_LLM_BASE_URL',
} as const;

/**
 * The LLM configuration, read from the environment:
 * - `provider` ← GUIDEPOST_LLM_PROVIDER: `openai` | `anthropic` | `openai-compatible`.
 * - `model` ← GUIDEPOST_LLM_MODEL: the provider's model id, e.g. `gpt-4o-mini`, `llama3.1`.
 * - `apiKey` ← GUIDEPOST_LLM_API_KEY: optional; `openai` and `anthropic` then fall back to OPENAI_API_KEY /
 *   ANTHROPIC_API_KEY when a request is made. Local OpenAI-compatible servers usually need none.
 * - `baseUrl` ← GUIDEPOST_LLM_BASE_URL: the API's base URL, e.g. `http://localhost:11434/v1` for Ollama;
 *   required for `openai-compatible`, optional (a proxy) for the others.
 */
export const LlmConfigSchema = z
  .strictObject({
    provider: z.enum(LLM_PROVIDERS),
    model: z.string().trim().min(1, 'must name a model'),
    apiKey: z.string().min(1).optional(),
    baseUrl: z.url({ error: 'must be a URL such as http://localhost:11434/v1' }).optional(),
  })
  .superRefine((config, ctx) => {
    if (config.provider === 'openai-compatible' && !config.baseUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseUrl'],
        message: 'is required for the openai-compatible provider, e.g. http://localhost:11434/v1',
      });
    }
  });
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/** A configuration error naming the environment variable (or config key) at fault. */
export class LlmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigError';
  }
}

/**
 * Builds a language model from a configuration. Creating it makes no request; a missing API key surfaces
 * on the first call. Throws `LlmConfigError` (naming the key) when the config is invalid.
 */
export function createLanguageModel(config: LlmConfig): Exclude<LanguageModel, string> {
  const parsed = LlmConfigSchema.safeParse(config);
  if (!parsed.success) throw new LlmConfigError(describeIssues(parsed.error, (key) => key));
  const { provider, model, apiKey, baseUrl } = parsed.data;
  switch (provider) {
    case 'openai':
      return createOpenAI({ apiKey, baseURL: baseUrl })(model);
    case 'anthropic':
      return createAnthropic({ apiKey, baseURL: baseUrl })(model);
    case 'openai-compatible':
      return createOpenAICompatible({ name: 'openai-compatible', apiKey, baseURL: baseUrl! })(model);
  }
}

/**
 * Reads the LLM configuration from environment variables (see `LlmConfigSchema`). Returns null when
 * GUIDEPOST_LLM_PROVIDER is unset or empty (the embedded brain is used). Throws `LlmConfigError` whose
 * message names each bad or missing variable, e.g. "GUIDEPOST_LLM_MODEL: must name a model".
 */
export function llmConfigFromEnv(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const value = (key: keyof typeof LLM_ENV_VARS) => {
    const v = env[LLM_ENV_VARS[key]]?.trim();
    return v === '' ? undefined : v;
  };
  const provider = value('provider');
  if (provider === undefined) return null;
  const parsed = LlmConfigSchema.safeParse({
    provider,
    model: value('model') ?? '',
    apiKey: value('apiKey'),
    baseUrl: value('baseUrl'),
  });
  if (!parsed.success) {
    throw new LlmConfigError(
      describeIssues(parsed.error, (key) => LLM_ENV_VARS[key as keyof typeof LLM_ENV_VARS] ?? key),
    );
  }
  return parsed.data;
}

function describeIssues(error: z.ZodError, name: (key: string) => string): string {
  return error.issues
    .map((issue) => {
      const key = String(issue.path[0] ?? 'config');
      const message =
        issue.code === 'invalid_value' && key === 'provider'
          ? `must be one of ${LLM_PROVIDERS.join(', ')}`
          : issue.message;
      return `${name(key)}: ${message}`;
    })
    .join('; ');
}
