import { inference, type stt, type tts, type VAD } from '@livekit/agents';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as elevenlabs from '@livekit/agents-plugin-elevenlabs';
import * as openai from '@livekit/agents-plugin-openai';
import { missingProviderKeys, type VoiceConfig } from '../config/voice.js';

/** The speech models of a voice session: recogniser, voice and (optional) voice activity detector. */
export interface SpeechModels {
  stt: stt.STT;
  tts: tts.TTS;
  /** null: turn ends come from the STT's own endpointing. */
  vad: VAD | null;
}

/**
 * Builds the speech models the configuration chooses, through the official `@livekit/agents` plugins:
 * STT `deepgram` (streaming, nova-3) or `openai` (its realtime transcription); TTS `openai` (voice
 * GUIDEPOST_VOICE_TTS_VOICE, default `alloy`) or `elevenlabs` (a voice id); VAD `local` is the agents
 * framework's bundled Silero (`inference.VAD`, native, no plugin download) or `none`. Throws an Error naming
 * the provider keys that are missing.
 */
export function speechModels(config: VoiceConfig): SpeechModels {
  const missing = missingProviderKeys(config);
  if (missing.length > 0)
    throw new Error(
      `the voice worker needs ${missing.join(' and ')} for STT ${config.GUIDEPOST_VOICE_STT} and TTS ${config.GUIDEPOST_VOICE_TTS}`,
    );
  const language = config.GUIDEPOST_VOICE_LANGUAGE;
  const recogniser =
    config.GUIDEPOST_VOICE_STT === 'deepgram'
      ? new deepgram.STT({ apiKey: config.DEEPGRAM_API_KEY, language, model: 'nova-3' })
      : new openai.STT({ apiKey: config.OPENAI_API_KEY, language, useRealtime: true });
  const voice =
    config.GUIDEPOST_VOICE_TTS === 'elevenlabs'
      ? new elevenlabs.TTS({ apiKey: config.ELEVEN_API_KEY, voiceId: config.GUIDEPOST_VOICE_TTS_VOICE })
      : new openai.TTS({
          apiKey: config.OPENAI_API_KEY,
          ...(config.GUIDEPOST_VOICE_TTS_VOICE
            ? { voice: config.GUIDEPOST_VOICE_TTS_VOICE as openai.TTSOptions['voice'] }
            : {}),
        });
  const vad = config.GUIDEPOST_VOICE_VAD === 'local' ? new inference.VAD() : null;
  return { stt: recogniser, tts: voice, vad };
}
