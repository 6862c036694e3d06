import { LruMap } from '../core/lru-map.js';
import type { ImageModel } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { httpCall } from '../actions/http-call.js';
import { DomainError } from '../core/errors.js';
import type { ProviderKind } from '../core/sidekicks.js';
import type { Db } from '../db/client.js';
import * as repo from '../db/provider-keys.js';
import type { SecretBox } from '../db/secrets.js';
import type { LlmConfig } from '../guide/llm/provider.js';
import { assertPublicHost } from '../webhooks/ssrf.js';
import { baseUrlOf, testRequest, type ProviderCredentials } from './provider-requests.js';

/**
 * A tenant's own provider keys (OpenAI, Anthropic, an OpenAI-compatible server, ElevenLabs, Deepgram,
 * LiveKit), used for that tenant instead of the operator's global settings. Keys are sealed with the secret
 * box (purpose `provider-key`) and are write-only: views show only the last four characters. "Test key" sends
 * the provider's cheapest authenticated request (provider-requests.ts) through the SSRF-guarded HTTP client
 * of actions and records the outcome. Base URLs must be public unless GUIDEPOST_ACTIONS_ALLOW_PRIVATE.
 */

/** The secret box purpose that seals provider keys. */
export const PROVIDER_KEY_SECRET_PURPOSE = 'provider-key';

/** A provider's key as the API shows it: never the key, only whether one is set and its last four characters. */
export interface ProviderKeyView {
  provider: ProviderKind;
  configured: boolean;
  hint: string | null;
  baseUrl: string | null;
  lastTestedAt: Date | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
  updatedAt: Date | null;
}

/** A new key: the key itself, LiveKit's API secret, and a base URL (required for openai_compatible, livekit). */
export interface ProviderKeyInput {
  key: string;
  secret?: string;
  baseUrl?: string | null;
}

export interface ProviderKeyServiceDeps {
  db: Db;
  secrets: SecretBox;
  /** Allow base URLs on private, loopback and link-local addresses (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** The model the tenant's guides use with its LLM key (GUIDEPOST_LLM_MODEL), else each provider's default. */
  defaultModel?: string;
}

const ALL: readonly ProviderKind[] = [
  'openai',
  'anthropic',
  'openai_compatible',
  'elevenlabs',
  'deepgram',
  'livekit',
];

/** The model a tenant's guides use with a provider's key when the operator names none. */
const DEFAULT_MODELS: Partial<Record<ProviderKind, string>> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
  openai_compatible: 'llama3.1',
};

/** The provider key logic (see the module comment). */
/**
 * How long a tenant's LLM settings are reused without reading them again (ms): a guide turn needs them every
 * time. A change made on this node applies at once; one made on another node within this time.
 */
export const LLM_CONFIG_TTL_MS = 5_000;

export class ProviderKeyService {
  /** llmConfig answers by tenant, and when each was read (see LLM_CONFIG_TTL_MS). */
  private readonly llmConfigs = new LruMap<string, { at: number; config: Promise<LlmConfig | null> }>(1000);

  constructor(private readonly deps: ProviderKeyServiceDeps) {}

  /** Every provider, configured or not, in a fixed order. */
  async list(tenantId: string): Promise<ProviderKeyView[]> {
    const rows = new Map((await repo.listProviderKeys(this.deps.db, tenantId)).map((r) => [r.provider, r]));
    return ALL.map((provider) => toView(provider, rows.get(provider) ?? null));
  }

  /** Stores (or replaces) a key. Throws `invalid` for a missing base URL or LiveKit secret, or a refused URL. */
  async set(tenantId: string, provider: ProviderKind, input: ProviderKeyInput): Promise<ProviderKeyView> {
    const needsBase = provider === 'openai_compatible' || provider === 'livekit';
    if (needsBase && !input.baseUrl)
      throw invalid(
        'body.base_url',
        `is required for ${provider === 'livekit' ? 'LiveKit' : 'this provider'}`,
      );
    if (provider === 'livekit' && !input.secret)
      throw invalid('body.secret', "is required: LiveKit's API secret");
    if (input.baseUrl) this.checkUrl(provider, input.baseUrl);
    const sealed = this.deps.secrets.seal(
      JSON.stringify({ key: input.key, ...(input.secret ? { secret: input.secret } : {}) }),
    );
    const row = await repo.upsertProviderKey(this.deps.db, {
      tenantId,
      provider,
      secretSealed: sealed,
      baseUrl: input.baseUrl ?? null,
      hint: input.key.slice(-4),
    });
    this.llmConfigs.delete(tenantId);
    return toView(provider, row);
  }

  /** Removes a key (the global settings apply again). Throws `not_found` when none is set. */
  async delete(tenantId: string, provider: ProviderKind): Promise<void> {
    const deleted = await repo.deleteProviderKey(this.deps.db, tenantId, provider);
    this.llmConfigs.delete(tenantId);
    if (!deleted) throw new DomainError('not_found', `no ${provider} key is set`);
  }

  /**
   * "Test key": sends the provider's test request with the stored key and records the outcome; returns the
   * view with `lastTestOk` and a message (the provider's answer, credentials masked). Throws `not_found`.
   */
  async test(tenantId: string, provider: ProviderKind): Promise<ProviderKeyView> {
    const credentials = await this.credentials(tenantId, provider);
    if (!credentials) throw new DomainError('not_found', `no ${provider} key is set`);
    let outcome: { ok: boolean; message: string };
    try {
      const request = await testRequest(provider, credentials);
      const answer = await httpCall(request, { timeoutMs: 10_000, allowPrivate: this.deps.allowPrivate });
      outcome = {
        ok: true,
        message: `the key works (${request.method} ${request.url.pathname} answered ${answer.status})`,
      };
    } catch (error) {
      outcome = { ok: false, message: (error as Error).message.slice(0, 500) };
    }
    const row = await repo.recordProviderKeyTest(this.deps.db, tenantId, provider, outcome);
    return toView(provider, row);
  }

  /** The opened credentials of a provider for server-side use (never for an answer), or null. */
  async credentials(tenantId: string, provider: ProviderKind): Promise<ProviderCredentials | null> {
    const row = await repo.getProviderKey(this.deps.db, tenantId, provider);
    return row ? this.open(row) : null;
  }

  private open(row: repo.ProviderKeyRecord): ProviderCredentials {
    const opened = JSON.parse(this.deps.secrets.open(row.secretSealed)) as { key: string; secret?: string };
    return { key: opened.key, secret: opened.secret, baseUrl: row.baseUrl };
  }

  /**
   * The LLM the tenant's guides use instead of the global one: its OpenAI key, else Anthropic, else its
   * OpenAI-compatible server; null when it has none (the global settings apply). Reused for
   * LLM_CONFIG_TTL_MS (a failed read is not).
   */
  llmConfig(tenantId: string): Promise<LlmConfig | null> {
    const cached = this.llmConfigs.get(tenantId);
    if (cached && Date.now() - cached.at < LLM_CONFIG_TTL_MS) return cached.config;
    const config = this.readLlmConfig(tenantId);
    this.llmConfigs.set(tenantId, { at: Date.now(), config });
    config.catch(() => this.llmConfigs.delete(tenantId));
    return config;
  }

  private async readLlmConfig(tenantId: string): Promise<LlmConfig | null> {
    const order: Array<[ProviderKind, LlmConfig['provider']]> = [
      ['openai', 'openai'],
      ['anthropic', 'anthropic'],
      ['openai_compatible', 'openai-compatible'],
    ];
    const rows = await repo.listProviderKeys(this.deps.db, tenantId);
    for (const [kind, provider] of order) {
      const row = rows.find((r) => r.provider === kind);
      if (!row) continue;
      const c = this.open(row);
      return {
        provider,
        model: this.deps.defaultModel ?? DEFAULT_MODELS[kind]!,
        apiKey: c.key,
        ...(c.baseUrl || kind === 'openai_compatible' ? { baseUrl: baseUrlOf(kind, c) } : {}),
      };
    }
    return null;
  }

  /** The tenant's image model for avatars (its OpenAI key, `gpt-image-1`), or null. */
  async imageModel(tenantId: string): Promise<ImageModel | null> {
    const c = await this.credentials(tenantId, 'openai');
    if (!c) return null;
    return createOpenAI({ apiKey: c.key, baseURL: baseUrlOf('openai', c) }).image('gpt-image-1');
  }

  private checkUrl(provider: ProviderKind, raw: string): void {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw invalid('body.base_url', 'must be a URL');
    }
    const schemes = provider === 'livekit' ? ['ws:', 'wss:', 'http:', 'https:'] : ['http:', 'https:'];
    if (!schemes.includes(url.protocol))
      throw invalid('body.base_url', `must be a ${schemes.join(' or ')} URL`);
    if (this.deps.allowPrivate) return;
    try {
      assertPublicHost(new URL(raw.replace(/^ws(s?):/, 'http$1:')));
    } catch (error) {
      throw invalid('body.base_url', (error as Error).message);
    }
  }
}

function invalid(name: string, reason: string): DomainError {
  return new DomainError('invalid', `${name.replace('body.', '')} ${reason}`, {
    invalidParams: [{ name, reason }],
  });
}

function toView(provider: ProviderKind, row: repo.ProviderKeyRecord | null): ProviderKeyView {
  return {
    provider,
    configured: row !== null,
    hint: row?.hint ?? null,
    baseUrl: row?.baseUrl ?? null,
    lastTestedAt: row?.lastTestedAt ?? null,
    lastTestOk: row?.lastTestOk ?? null,
    lastTestMessage: row?.lastTestMessage ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}
