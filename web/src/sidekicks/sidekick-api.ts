import { z } from 'zod';
import { api } from '../api/http';

/*
 * The sidekick, voice and provider-key APIs as the web app uses them. Every answer is checked with zod, so a
 * server that drifts from these shapes fails loudly here, not in a page.
 */

const SidekickSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  personality_description: z.string(),
  voice_id: z.string().nullable(),
  avatar_prompt: z.string().nullable(),
  avatar_url: z.string().nullable(),
  config_mode: z.enum(['default', 'advanced']),
  model: z.string().nullable(),
  temperature: z.number().nullable(),
  retrieval_depth: z.number().nullable(),
  citation_style: z.string().nullable(),
  greeting: z.string().nullable(),
  status: z.string(),
  builtin: z.boolean(),
  created_from_run_id: z.string().nullable(),
  page_url: z.string(),
  created_at: z.string(),
});
/** A sidekick of the active tenant. */
export type Sidekick = z.infer<typeof SidekickSchema>;

const VoiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.string().nullable(),
  accent: z.string().nullable(),
  description: z.string(),
  source: z.string(),
  preview_url: z.string(),
});
/** A voice a sidekick can speak with. */
export type Voice = z.infer<typeof VoiceSchema>;

const ProviderKeySchema = z.object({
  provider: z.string(),
  configured: z.boolean(),
  hint: z.string().nullable(),
  base_url: z.string().nullable(),
  last_tested_at: z.string().nullable(),
  last_test_ok: z.boolean().nullable(),
  last_test_message: z.string().nullable(),
});
/** A provider's key as listed: never the key, only its last four characters. */
export type ProviderKey = z.infer<typeof ProviderKeySchema>;

/** Query keys. */
export const SIDEKICKS_KEY = ['sidekicks'] as const;
export const VOICES_KEY = ['voices'] as const;
export const PROVIDER_KEYS_KEY = ['provider-keys'] as const;

/** The active tenant's sidekicks (Farah Qubit included). Throws ApiProblem. */
export async function listSidekicks(): Promise<Sidekick[]> {
  return z.object({ items: z.array(SidekickSchema) }).parse(await api('/api/v1/sidekicks')).items;
}

/** The sidekick a create-a-sidekick run made, or null. Throws ApiProblem. */
export async function sidekickOfRun(runId: string): Promise<Sidekick | null> {
  const { items } = z
    .object({ items: z.array(SidekickSchema) })
    .parse(await api(`/api/v1/sidekicks?run_id=${encodeURIComponent(runId)}`));
  return items[0] ?? null;
}

/** One sidekick by its web address. Throws ApiProblem (404). */
export async function getSidekickBySlug(slug: string): Promise<Sidekick> {
  return SidekickSchema.parse(await api(`/api/v1/sidekicks/by-slug/${encodeURIComponent(slug)}`));
}

/** Changes a sidekick. Throws ApiProblem. */
export async function updateSidekick(id: string, patch: Partial<Sidekick>): Promise<Sidekick> {
  return SidekickSchema.parse(await api(`/api/v1/sidekicks/${id}`, { method: 'PATCH', body: patch }));
}

/** Redraws a sidekick's avatar from `prompt`. Throws ApiProblem. */
export async function regenerateAvatar(id: string, prompt: string): Promise<Sidekick> {
  return SidekickSchema.parse(await api(`/api/v1/sidekicks/${id}/avatar`, { body: { prompt } }));
}

/** The preview image URL of the embedded generator for a prompt. */
export function avatarPreviewUrl(prompt: string, seed = 'guidepost'): string {
  return `/api/v1/avatars/preview?prompt=${encodeURIComponent(prompt)}&seed=${encodeURIComponent(seed)}`;
}

/** The voices of the active tenant. Throws ApiProblem. */
export async function listVoices(filter: { q?: string; gender?: string } = {}): Promise<Voice[]> {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as Array<[string, string]>);
  const query = params.size > 0 ? `?${params}` : '';
  return z.object({ items: z.array(VoiceSchema) }).parse(await api(`/api/v1/voices${query}`)).items;
}

/** The provider keys of the active tenant. Throws ApiProblem (403 below admin). */
export async function listProviderKeys(): Promise<ProviderKey[]> {
  return z.object({ items: z.array(ProviderKeySchema) }).parse(await api('/api/v1/provider-keys')).items;
}

/** Sets a provider's key. Throws ApiProblem. */
export async function setProviderKey(
  provider: string,
  input: { key: string; secret?: string; base_url?: string | null },
): Promise<ProviderKey> {
  return ProviderKeySchema.parse(
    await api(`/api/v1/provider-keys/${provider}`, { method: 'PUT', body: input }),
  );
}

/** "Test key". Throws ApiProblem. */
export async function testProviderKey(provider: string): Promise<ProviderKey> {
  return ProviderKeySchema.parse(await api(`/api/v1/provider-keys/${provider}/test`, { method: 'POST' }));
}

/** Removes a provider's key. Throws ApiProblem. */
export async function deleteProviderKey(provider: string): Promise<void> {
  await api(`/api/v1/provider-keys/${provider}`, { method: 'DELETE' });
}
