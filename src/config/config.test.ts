import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ GUIDEPOST_DATA_DIR: './data', GUIDEPOST_BRAIN: 'embedded' });
  });

  it('reads the operator MCP servers from JSON, with their defaults', () => {
    const servers = loadConfig({
      GUIDEPOST_MCP_SERVERS: '[{"id":"files","name":"Files","transport":"stdio","command":"mcp-files"}]',
    }).GUIDEPOST_MCP_SERVERS;
    expect(servers).toEqual([
      { id: 'files', name: 'Files', transport: 'stdio', command: 'mcp-files', args: [], timeout_ms: 10_000 },
    ]);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ GUIDEPOST_BRAIN: 'gpt' }, 'GUIDEPOST_BRAIN'],
    [{ GUIDEPOST_DEFAULT_REGION: 'usa' }, 'GUIDEPOST_DEFAULT_REGION'],
    [{ GUIDEPOST_BRAIN: 'llm' }, 'GUIDEPOST_LLM_PROVIDER'],
    [
      {
        GUIDEPOST_LLM_PROVIDER: 'openai-compatible',
        GUIDEPOST_LLM_MODEL: 'llama3.1',
        GUIDEPOST_LLM_BASE_URL: 'not a url',
      },
      'GUIDEPOST_LLM_BASE_URL',
    ],
    [{ GUIDEPOST_LLM_PROVIDER: 'openai' }, 'GUIDEPOST_LLM_MODEL'],
    [{ GUIDEPOST_MCP_SERVERS: 'not json' }, 'GUIDEPOST_MCP_SERVERS'],
    [{ GUIDEPOST_MCP_SERVERS: '[{"id":"x","name":"X","transport":"stdio"}]' }, 'GUIDEPOST_MCP_SERVERS'],
    [
      {
        GUIDEPOST_MCP_SERVERS:
          '[{"id":"x","name":"X","transport":"http","url":"https://a.example"},{"id":"x","name":"Y","transport":"http","url":"https://b.example"}]',
      },
      'GUIDEPOST_MCP_SERVERS',
    ],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
