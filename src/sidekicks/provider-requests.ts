import { AccessToken } from 'livekit-server-sdk';
import type { BuiltRequest } from '../actions/api-request.js';
import type { ProviderKind } from '../core/sidekicks.js';

/**
 * The cheapest authenticated request of each provider, what "Test key" sends (a key that lists models, voices
 * or projects works; a wrong one gets 401): OpenAI and OpenAI-compatible `GET /models`, Anthropic
 * `GET /v1/models`, ElevenLabs `GET /v1/voices`, Deepgram `GET /v1/projects`, LiveKit the Twirp call
 * `RoomService/ListRooms` with a token signed by the API secret.
 */

/** A provider's opened credentials: the key, LiveKit's API secret, the base URL (override or server URL). */
export interface ProviderCredentials {
  key: string;
  secret?: string;
  baseUrl: string | null;
}

/** The public API each provider answers at when no base URL is set. */
export const DEFAULT_BASE_URLS: Record<ProviderKind, string | null> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  openai_compatible: null,
  elevenlabs: 'https://api.elevenlabs.io',
  deepgram: 'https://api.deepgram.com',
  livekit: null,
};

/** The base URL a provider's requests go to (the key's override, else the provider's public API). */
export function baseUrlOf(provider: ProviderKind, credentials: ProviderCredentials): string {
  const base = credentials.baseUrl ?? DEFAULT_BASE_URLS[provider];
  if (!base) throw new Error(`${provider} needs a base URL`);
  // LiveKit is configured with its WebSocket URL; its server API answers on the same host over HTTP.
  return base.replace(/^ws(s?):/, 'http$1:').replace(/\/+$/, '');
}

/** The request "Test key" sends for a provider. */
export async function testRequest(
  provider: ProviderKind,
  credentials: ProviderCredentials,
): Promise<BuiltRequest> {
  const base = baseUrlOf(provider, credentials);
  const key = credentials.key;
  const get = (path: string, headers: Record<string, string>): BuiltRequest => ({
    method: 'GET',
    url: new URL(`${base}${path}`),
    headers,
    secrets: [key],
  });
  switch (provider) {
    case 'openai':
    case 'openai_compatible':
      return get('/models', { authorization: `Bearer ${key}` });
    case 'anthropic':
      return get('/v1/models', { 'x-api-key': key, 'anthropic-version': '2023-06-01' });
    case 'elevenlabs':
      return get('/v1/voices', { 'xi-api-key': key });
    case 'deepgram':
      return get('/v1/projects', { authorization: `Token ${key}` });
    case 'livekit': {
      const token = new AccessToken(key, credentials.secret ?? '', { ttl: 60 });
      token.addGrant({ roomList: true });
      const jwt = await token.toJwt();
      return {
        method: 'POST',
        url: new URL(`${base}/twirp/livekit.RoomService/ListRooms`),
        headers: { authorization: `Bearer ${jwt}` },
        body: '{}',
        secrets: [key, jwt, ...(credentials.secret ? [credentials.secret] : [])],
      };
    }
  }
}
