import { z } from 'zod';

/** Speech-to-text providers the voice worker can use (each an official `@livekit/agents` plugin). */
export const STT_PROVIDERS = ['deepgram', 'openai'] as const;
/** Text-to-speech providers the voice worker can use (each an official `@livekit/agents` plugin). */
export const TTS_PROVIDERS = ['openai', 'elevenlabs'] as const;
/**
 * Voice activity detection: `local` is `@livekit/agents`' bundled `inference.VAD` (Silero through the native
 * `@livekit/local-inference`, no plugin and no download); `none` leaves turn ends to the STT's endpointing.
 */
export const VAD_MODES = ['local', 'none'] as const;

/**
 * The voice settings of Guidepost's configuration: LiveKit's standard names for the server to reach
 * (LiveKit Cloud or a self-hosted `livekit-server`), and the providers the voice worker speaks and listens
 * with. The provider keys keep the names the plugins read themselves.
 */
export const VoiceConfigShape = {
  /** The LiveKit server's WebSocket URL, e.g. `wss://my-project.livekit.cloud` or `ws://127.0.0.1:7880`. */
  LIVEKIT_URL: z
    .string()
    .regex(/^(wss?|https?):\/\/\S+$/, 'must be a ws://, wss://, http:// or https:// URL of a LiveKit server')
    .optional(),
  /** The API key participant tokens are issued with. */
  LIVEKIT_API_KEY: z.string().min(1).optional(),
  /** The API secret participant tokens are signed with. */
  LIVEKIT_API_SECRET: z.string().min(1).optional(),
  GUIDEPOST_VOICE_STT: z.enum(STT_PROVIDERS).default('deepgram'),
  GUIDEPOST_VOICE_TTS: z.enum(TTS_PROVIDERS).default('openai'),
  GUIDEPOST_VOICE_VAD: z.enum(VAD_MODES).default('local'),
  /** The TTS voice: an OpenAI voice name (default `alloy`) or an ElevenLabs voice id. */
  GUIDEPOST_VOICE_TTS_VOICE: z.string().min(1).optional(),
  /** Spoken language, BCP 47 (default `en`), for the STT. */
  GUIDEPOST_VOICE_LANGUAGE: z.string().min(2).default('en'),
  /** The first of the two health-check ports of `guidepost voice-worker` (one per agent name). */
  GUIDEPOST_VOICE_WORKER_PORT: z.coerce.number().int().min(1).max(65534).default(8081),
  DEEPGRAM_API_KEY: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  ELEVEN_API_KEY: z.string().min(1).optional(),
};

/** The voice part of the configuration, on its own (see VoiceConfigShape). */
export const VoiceConfigSchema = z.object(VoiceConfigShape);
/** The voice settings, validated. */
export type VoiceConfig = z.infer<typeof VoiceConfigSchema>;

/** LiveKit's connection settings, all three present. */
export interface LiveKitSettings {
  url: string;
  apiKey: string;
  apiSecret: string;
}

/** The LiveKit settings when all three are set; otherwise the names of the missing ones. */
export function liveKitSettings(config: VoiceConfig): LiveKitSettings | { missing: string[] } {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = config;
  if (url && apiKey && apiSecret) return { url, apiKey, apiSecret };
  const missing = Object.entries({ LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  return { missing };
}

/** The provider key each STT/TTS choice needs, by its plugin's variable name. */
export function missingProviderKeys(config: VoiceConfig): string[] {
  const need = new Set<keyof VoiceConfig>();
  need.add(config.GUIDEPOST_VOICE_STT === 'deepgram' ? 'DEEPGRAM_API_KEY' : 'OPENAI_API_KEY');
  need.add(config.GUIDEPOST_VOICE_TTS === 'elevenlabs' ? 'ELEVEN_API_KEY' : 'OPENAI_API_KEY');
  return [...need].filter((name) => !config[name]);
}
