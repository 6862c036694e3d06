import type { GuideMessage } from '../guide/types';
import type { VoiceGender } from './choose-voice';
import { recognitionConstructor } from './speech-api';
import { useLiveKitConfigured } from './livekit-status';
import type { VoiceCall } from './types';
import { useBrowserVoice } from './useBrowserVoice';
import { useLiveKitVoice } from './useLiveKitVoice';

/** What the voice button needs from the page. */
export interface VoiceCallOptions {
  /** The server run to call through LiveKit; absent in local previews (browser voice only). */
  runId?: string;
  messages: GuideMessage[];
  sendMessage: (text: string) => void | Promise<void>;
  /** The wizard's locale (BCP 47) and the guide's voice. */
  lang: string;
  gender?: VoiceGender;
  /** Called when LiveKit captions a final line, to show the stored transcript. */
  onTranscript?: () => void;
}

/** Where the browser has no speech recognition: what the voice button says. */
export const NO_RECOGNITION =
  'This browser cannot recognise speech: use Chrome, Edge or Safari to talk, or type to the guide';

/**
 * The voice call of a guide panel: through LiveKit when the server has it configured (`GET /api/v1/voice`)
 * and there is a server run, otherwise with the browser's own speech recognition and synthesis through the
 * same chat messages; `unsupported`, with a reason, where the browser has no recognition. Used by the
 * signed-in run page, the builder's preview and the public player alike.
 */
export function useVoiceCall(options: VoiceCallOptions): VoiceCall {
  const { runId } = options;
  const livekit = useLiveKitConfigured(runId !== undefined) === true;
  const recognition = typeof window !== 'undefined' && recognitionConstructor() !== null;
  const browser = useBrowserVoice({ ...options, enabled: !livekit && recognition });
  const lk = useLiveKitVoice(livekit ? runId : undefined, options.onTranscript ?? (() => undefined));
  if (livekit)
    return {
      ...lk,
      mode: 'livekit',
      listening: 'continuous',
      setListening: () => undefined,
      talk: () => undefined,
    };
  if (!recognition)
    return { ...browser, mode: 'unsupported', unavailable: NO_RECOGNITION, start: () => undefined };
  return { ...browser, mode: 'browser' };
}
