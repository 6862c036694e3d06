import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { httpCall } from '../actions/http-call.js';
import { DomainError, notFoundError } from '../core/errors.js';
import { VOICE_CATALOGUE_ENTRIES } from '../core/voices.js';
import type { ProviderKeyService } from './provider-keys.js';
import { baseUrlOf } from './provider-requests.js';

/**
 * Voices a sidekick can speak with. Guidepost's own catalogue (the create-a-sidekick seed's four) is voiced by
 * espeak-ng on the server, each with its own espeak-ng voice and variant, rate and pitch, so the four sound
 * distinct; a preview is synthesised once and cached (WAV, audio/wav). With the tenant's ElevenLabs key, its
 * ElevenLabs voices are listed too (`GET /v1/voices` through the SSRF-guarded client; id
 * `elevenlabs:<voice_id>`), searchable and filterable by gender and accent, and their preview MP3 is relayed
 * (the web app's CSP plays only same-origin audio).
 */

/** A voice as the API lists it. */
export interface Voice {
  id: string;
  name: string;
  gender: 'male' | 'female' | 'neutral' | null;
  accent: string | null;
  description: string;
  source: 'guidepost' | 'elevenlabs';
}

interface CatalogueVoice extends Voice {
  /** espeak-ng `-v` (language + variant), `-s` words per minute, `-p` pitch 0–99. */
  espeak: { voice: string; rate: number; pitch: number };
}

/** How espeak-ng voices each catalogue voice. */
const ESPEAK: Record<string, CatalogueVoice['espeak']> = {
  'pro-british-male': { voice: 'en-gb-x-rp+m3', rate: 160, pitch: 38 },
  'friendly-american-female': { voice: 'en-us+f3', rate: 175, pitch: 62 },
  'warm-calm-female': { voice: 'en-gb+f4', rate: 140, pitch: 45 },
  'energetic-young-male': { voice: 'en-us+m7', rate: 195, pitch: 70 },
};

/** Guidepost's own voices (the catalogue of src/core/voices.ts), voiced by espeak-ng. */
export const VOICE_CATALOGUE: readonly CatalogueVoice[] = VOICE_CATALOGUE_ENTRIES.map((voice) => ({
  ...voice,
  source: 'guidepost',
  espeak: ESPEAK[voice.id]!,
}));

/** Filters of a voice listing: `q` searches names and descriptions; gender and accent match exactly. */
export interface VoiceFilter {
  q?: string;
  gender?: string;
  accent?: string;
}

/** A preview: audio bytes and their content type. */
export interface VoicePreview {
  data: Buffer;
  contentType: string;
}

const run = promisify(execFile);
const ELEVENLABS_PREFIX = 'elevenlabs:';

/** Voices and their previews (see the module comment). */
export class VoiceService {
  /** The catalogue's previews, synthesised once per process. */
  private readonly previews = new Map<string, Promise<VoicePreview>>();

  constructor(
    private readonly deps: {
      providerKeys: ProviderKeyService;
      /** Allow the ElevenLabs base URL on private addresses (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). */
      allowPrivate: boolean;
    },
  ) {}

  /** The tenant's voices: the catalogue, then its ElevenLabs voices when it has a key. Throws what ElevenLabs fails with. */
  async list(tenantId: string, filter: VoiceFilter = {}): Promise<Voice[]> {
    const own = VOICE_CATALOGUE.map(({ espeak: _espeak, ...voice }) => voice);
    const theirs = (await this.elevenLabsVoices(tenantId)).map(({ preview: _p, ...voice }) => voice);
    return [...own, ...theirs].filter((voice) => matches(voice, filter));
  }

  /**
   * The preview of a voice: espeak-ng WAV for the catalogue (cached per voice), the relayed MP3 of an ElevenLabs
   * voice. Throws `not_found` for an unknown voice and `unavailable` when espeak-ng is not installed.
   */
  async preview(tenantId: string | null, voiceId: string): Promise<VoicePreview> {
    if (voiceId.startsWith(ELEVENLABS_PREFIX)) {
      if (!tenantId) throw new DomainError('unauthenticated', 'sign in to hear ElevenLabs voices');
      const voice = (await this.elevenLabsVoices(tenantId)).find((v) => v.id === voiceId);
      if (!voice?.preview) throw notFoundError(`voice ${voiceId}`);
      const answer = await httpCall(
        { method: 'GET', url: new URL(voice.preview), headers: {}, secrets: [] },
        {
          timeoutMs: 10_000,
          allowPrivate: this.deps.allowPrivate,
          binary: true,
          maxResponseBytes: 5_000_000,
        },
      );
      return {
        data: answer.body as Buffer,
        contentType: String(answer.headers['content-type'] ?? 'audio/mpeg'),
      };
    }
    const voice = VOICE_CATALOGUE.find((v) => v.id === voiceId);
    if (!voice) throw notFoundError(`voice ${voiceId}`);
    let pending = this.previews.get(voice.id);
    if (!pending) {
      pending = synthesise(voice);
      this.previews.set(voice.id, pending);
      pending.catch(() => this.previews.delete(voice.id));
    }
    return pending;
  }

  private async elevenLabsVoices(tenantId: string): Promise<Array<Voice & { preview: string | null }>> {
    const credentials = await this.deps.providerKeys.credentials(tenantId, 'elevenlabs');
    if (!credentials) return [];
    const answer = await httpCall(
      {
        method: 'GET',
        url: new URL(`${baseUrlOf('elevenlabs', credentials)}/v1/voices`),
        headers: { 'xi-api-key': credentials.key },
        secrets: [credentials.key],
      },
      { timeoutMs: 10_000, allowPrivate: this.deps.allowPrivate },
    );
    const voices = (answer.body as { voices?: ElevenLabsVoice[] } | null)?.voices ?? [];
    return voices.map((v) => ({
      id: `${ELEVENLABS_PREFIX}${v.voice_id}`,
      name: v.name,
      gender: gender(v.labels?.gender),
      accent: v.labels?.accent?.toLowerCase() ?? null,
      description: v.description ?? v.labels?.description ?? '',
      source: 'elevenlabs' as const,
      preview: v.preview_url ?? null,
    }));
  }
}

interface ElevenLabsVoice {
  voice_id: string;
  name: string;
  description?: string | null;
  preview_url?: string | null;
  labels?: { gender?: string; accent?: string; description?: string };
}

function gender(value: string | undefined): Voice['gender'] {
  return value === 'male' || value === 'female' || value === 'neutral' ? value : null;
}

function matches(voice: Voice, filter: VoiceFilter): boolean {
  if (filter.gender && voice.gender !== filter.gender.toLowerCase()) return false;
  if (filter.accent && voice.accent !== filter.accent.toLowerCase()) return false;
  const q = filter.q?.trim().toLowerCase();
  return !q || `${voice.name} ${voice.description} ${voice.accent ?? ''}`.toLowerCase().includes(q);
}

/** espeak-ng's WAV of the voice introducing itself. */
async function synthesise(voice: CatalogueVoice): Promise<VoicePreview> {
  const text = `Hi there! This is the ${voice.name.toLowerCase()} voice. ${voice.description}`;
  const { voice: v, rate, pitch } = voice.espeak;
  try {
    const { stdout } = await run(
      'espeak-ng',
      ['--stdout', '-v', v, '-s', String(rate), '-p', String(pitch), text],
      {
        encoding: 'buffer',
        maxBuffer: 10_000_000,
        timeout: 15_000,
      },
    );
    return { data: stdout, contentType: 'audio/wav' };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DomainError(
      'unavailable',
      missing
        ? 'voice previews need espeak-ng on the server (apt-get install espeak-ng)'
        : `espeak-ng could not voice the preview: ${(error as Error).message}`,
    );
  }
}
