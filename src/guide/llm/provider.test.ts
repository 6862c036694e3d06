import { describe, expect, it } from 'vitest';
import { createLanguageModel, llmConfigFromEnv, LlmConfigError, LlmConfigSchema } from './provider.js';

describe('createLanguageModel', () => {
  it('picks the provider named by the config', () => {
    const openai = createLanguageModel({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'sk-test' });
    expect(openai.provider).toMatch(/^openai\./);
    expect(openai.modelId).toBe('gpt-4o-mini');

    const anthropic = createLanguageModel({ provider: 'anthropic', model: 'claude-x', apiKey: 'k' });
    expect(anthropic.provider).toMatch(/^anthropic\./);
    expect(anthropic.modelId).toBe('claude-x');

    const local = createLanguageModel({
      provider: 'openai-compatible',
      model: 'llama3.1',
      baseUrl: 'http://localhost:11434/v1',
    });
    expect(local.provider).toMatch(/^openai-compatible\./);
    expect(local.modelId).toBe('llama3.1');
  });

  it('refuses an openai-compatible config without a base URL', () => {
    expect(() => createLanguageModel({ provider: 'openai-compatible', model: 'llama3.1' })).toThrow(
      /baseUrl: is required/,
    );
  });
});

describe('llmConfigFromEnv', () => {
  it('returns null when GUIDEPOST_LLM_PROVIDER is unset or empty', () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ GUIDEPOST_LLM_PROVIDER: '  ', GUIDEPOST_LLM_MODEL: 'x' })).toBeNull();
  });

  it('parses a full configuration', () => {
    expect(
      llmConfigFromEnv({
        GUIDEPOST_LLM_PROVIDER: 'openai-compatible',
        GUIDEPOST_LLM_MODEL: 'llama3.1',
        GUIDEPOST_LLM_API_KEY: 'secret',
        GUIDEPOST_LLM_BASE_URL: 'http://localhost:11434/v1',
      }),
    ).toEqual({
      provider: 'openai-compatible',
      model: 'llama3.1',
      apiKey: 'secret',
      baseUrl: 'http://localhost:11434/v1',
    });
    expect(LlmConfigSchema.safeParse({ provider: 'anthropic', model: 'm' }).success).toBe(true);
  });

  it('names the variable at fault', () => {
    const bad = (env: Record<string, string>) => () => llmConfigFromEnv(env);
    expect(bad({ GUIDEPOST_LLM_PROVIDER: 'gemini', GUIDEPOST_LLM_MODEL: 'm' })).toThrow(
      /GUIDEPOST_LLM_PROVIDER: must be one of openai, anthropic, openai-compatible/,
    );
    expect(bad({ GUIDEPOST_LLM_PROVIDER: 'openai' })).toThrow(/GUIDEPOST_LLM_MODEL/);
    expect(
      bad({ GUIDEPOST_LLM_PROVIDER: 'openai', GUIDEPOST_LLM_MODEL: 'm', GUIDEPOST_LLM_BASE_URL: 'nope' }),
    ).toThrow(/GUIDEPOST_LLM_BASE_URL: must be a URL/);
    expect(bad({ GUIDEPOST_LLM_PROVIDER: 'openai-compatible', GUIDEPOST_LLM_MODEL: 'm' })).toThrow(
      /GUIDEPOST_LLM_BASE_URL: is required/,
    );
    expect(bad({ GUIDEPOST_LLM_PROVIDER: 'openai' })).toThrow(LlmConfigError);
  });
});
