/** How the voice button talks: through LiveKit, with the browser's own speech, or not at all here. */
export type VoiceMode = 'livekit' | 'browser' | 'unsupported';

/** Where a voice call stands. `dropped`: the connection was lost and not recovered (reconnect offered). */
export type VoiceStatus = 'idle' | 'connecting' | 'active' | 'reconnecting' | 'dropped';

/** How the browser listens: all the time, or while the talk button is held. */
export type Listening = 'continuous' | 'push-to-talk';

/** A voice call as the guide panel shows and drives it. */
export interface VoiceCall {
  mode: VoiceMode;
  status: VoiceStatus;
  /** Who is speaking now. */
  speaking: 'you' | 'guide' | null;
  muted: boolean;
  /** Live captions of what is being said and is not in the conversation yet. */
  captions: { you?: string; guide?: string };
  /** Browser voice only. */
  listening: Listening;
  /** Why the call stopped or cannot start, in words for the person. */
  error?: string;
  /** Why voice is not available here (mode `unsupported`). */
  unavailable?: string;
  start(): void;
  hangUp(): void;
  toggleMute(): void;
  setListening(listening: Listening): void;
  /** Push-to-talk: start and stop listening. */
  talk(pressed: boolean): void;
}
