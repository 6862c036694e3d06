import { useEffect, useRef, useState } from 'react';
import { Button } from '../ui/Button';

/**
 * Plays a voice's preview (`/api/v1/voices/:id/preview`, a WAV or MP3 sample) and stops it on a second
 * click; used everywhere a voice is chosen.
 */
export function VoicePreviewButton({ voiceId, label }: { voiceId: string; label: string }) {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'playing' | 'failed'>('idle');
  useEffect(() => () => audio.current?.pause(), []);

  function toggle() {
    if (state === 'playing' || state === 'loading') {
      audio.current?.pause();
      setState('idle');
      return;
    }
    const element = new Audio(`/api/v1/voices/${encodeURIComponent(voiceId)}/preview`);
    audio.current = element;
    element.onplaying = () => setState('playing');
    element.onended = () => setState('idle');
    element.onerror = () => setState('failed');
    setState('loading');
    element.play().catch(() => setState('failed'));
  }

  return (
    <Button
      size="sm"
      variant="secondary"
      onClick={toggle}
      aria-label={`${state === 'playing' ? 'Stop' : 'Play'} a preview of ${label}`}
    >
      {state === 'playing'
        ? '■ Stop'
        : state === 'loading'
          ? 'Loading…'
          : state === 'failed'
            ? 'Retry ▶'
            : '▶ Preview'}
    </Button>
  );
}
