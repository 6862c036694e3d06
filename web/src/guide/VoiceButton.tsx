import { Tooltip } from '../ui/Tooltip';
import { cx, focusRing } from '../ui/cx';
import type { VoiceCall } from '../voice/types';

/** What the button's tooltip says for a call's state. */
function hint(voice: VoiceCall | undefined): string {
  if (!voice) return 'Voice is not configured';
  if (voice.mode === 'unsupported') return voice.unavailable ?? 'Voice is not available in this browser';
  switch (voice.status) {
    case 'connecting':
      return 'Connecting…';
    case 'active':
    case 'reconnecting':
      return 'End the voice call';
    default:
      return voice.mode === 'livekit' ? 'Talk to the guide' : "Talk to the guide (your browser's speech)";
  }
}

/**
 * The microphone button: starts a voice call with the guide, or ends the one under way (`aria-pressed`).
 * Where voice is not available (no voice call given, or a browser without speech recognition) it stays
 * disabled through `aria-disabled`, so it can still be focused and its tooltip read, which says why.
 */
export function VoiceButton({ voice }: { voice?: VoiceCall }) {
  const usable = voice !== undefined && voice.mode !== 'unsupported';
  const inCall =
    voice?.status === 'active' || voice?.status === 'reconnecting' || voice?.status === 'connecting';
  return (
    <Tooltip content={hint(voice)} align="end">
      {(describedBy) => (
        <button
          type="button"
          aria-label="Voice"
          aria-disabled={!usable || undefined}
          aria-pressed={usable ? inCall : undefined}
          aria-describedby={describedBy}
          onClick={usable ? () => (inCall ? voice.hangUp() : voice.start()) : undefined}
          className={cx(
            'inline-flex size-10 shrink-0 items-center justify-center rounded-lg border',
            inCall ? 'border-accent bg-accent text-accent-fg' : 'border-line-strong text-fg-muted',
            usable ? !inCall && 'hover:bg-surface-hover hover:text-fg' : 'cursor-not-allowed opacity-50',
            focusRing,
          )}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className={cx('size-5', voice?.status === 'connecting' && 'animate-pulse')}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          >
            <rect x="9" y="3" width="6" height="12" rx="3" />
            <path strokeLinecap="round" d="M5 11a7 7 0 0 0 14 0M12 18v3" />
          </svg>
        </button>
      )}
    </Tooltip>
  );
}
