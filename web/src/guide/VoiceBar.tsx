import { Button } from '../ui/Button';
import { cx } from '../ui/cx';
import type { VoiceCall } from '../voice/types';

/** What the bar says about the call and who is speaking. */
function statusText(voice: VoiceCall, name: string): string {
  switch (voice.status) {
    case 'connecting':
      return 'Connecting…';
    case 'reconnecting':
      return 'Connection lost, reconnecting…';
    case 'dropped':
      return 'The call was cut off';
    default:
      if (voice.speaking === 'guide') return `${name} is speaking`;
      if (voice.speaking === 'you') return 'You are speaking';
      if (voice.muted) return 'Muted';
      if (voice.mode === 'browser' && voice.listening === 'push-to-talk')
        return 'Hold “Hold to talk” and speak';
      return 'Listening…';
  }
}

/**
 * The voice call above the chat input: who is speaking, live captions of both sides (what is being said
 * before it lands in the conversation), mute, hang up, reconnect after a drop, and for the browser's own
 * speech a choice between continuous listening and push-to-talk. Shown during a call and after an error.
 */
export function VoiceBar({ voice, name }: { voice: VoiceCall; name: string }) {
  if (voice.status === 'idle' && !voice.error) return null;
  const inCall = voice.status === 'active' || voice.status === 'reconnecting';
  return (
    <section
      aria-label="Voice call"
      className="space-y-2 rounded-xl border border-line bg-surface-muted px-3 py-2"
    >
      <div className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className={cx(
            'size-2.5 shrink-0 rounded-full',
            voice.speaking ? 'animate-pulse bg-accent' : inCall ? 'bg-success' : 'bg-warning',
          )}
        />
        <p role="status" className="min-w-0 flex-1 text-xs font-medium text-fg">
          {voice.status === 'idle' ? `Voice: ${voice.error}` : statusText(voice, name)}
        </p>
      </div>
      {voice.status !== 'idle' && (
        <div className="flex flex-wrap items-center justify-end gap-2">
          {voice.mode === 'browser' && inCall && (
            <label className="mr-auto flex items-center gap-1.5 text-xs text-fg-muted">
              <input
                type="checkbox"
                checked={voice.listening === 'push-to-talk'}
                onChange={(e) => voice.setListening(e.target.checked ? 'push-to-talk' : 'continuous')}
              />
              Push to talk
            </label>
          )}
          {inCall && (
            <Button variant="secondary" size="sm" onClick={voice.toggleMute} aria-pressed={voice.muted}>
              {voice.muted ? 'Unmute' : 'Mute'}
            </Button>
          )}
          {voice.status === 'dropped' && (
            <Button size="sm" onClick={voice.start}>
              Reconnect
            </Button>
          )}
          <Button variant="danger" size="sm" onClick={voice.hangUp}>
            Hang up
          </Button>
        </div>
      )}
      {voice.mode === 'browser' && inCall && voice.listening === 'push-to-talk' && (
        <Button
          className="w-full"
          onPointerDown={() => voice.talk(true)}
          onPointerUp={() => voice.talk(false)}
          onPointerLeave={() => voice.talk(false)}
          onKeyDown={(e) => (e.key === ' ' || e.key === 'Enter') && !e.repeat && voice.talk(true)}
          onKeyUp={(e) => (e.key === ' ' || e.key === 'Enter') && voice.talk(false)}
        >
          Hold to talk
        </Button>
      )}
      {(voice.captions.you || voice.captions.guide) && (
        <div aria-live="polite" aria-label="Live captions" className="space-y-1 text-xs">
          {voice.captions.you && (
            <p className="text-fg-muted">
              <span className="font-medium text-fg">You: </span>
              {voice.captions.you}
            </p>
          )}
          {voice.captions.guide && (
            <p className="text-fg-muted">
              <span className="font-medium text-fg">{name}: </span>
              {voice.captions.guide}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
