import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { Input } from '../ui/Input';
import { cx } from '../ui/cx';
import { Avatar } from './Avatar';
import type { VoiceCall } from '../voice/types';
import type { GuideMessage } from './types';
import { VoiceBar } from './VoiceBar';
import { VoiceButton } from './VoiceButton';

export interface GuidePanelProps {
  name: string;
  /** A short line under the name, e.g. "Your guide for Lead capture". */
  subtitle?: string;
  avatarUrl?: string;
  messages: GuideMessage[];
  /** Sends the user's text to the guide; the guide's answers arrive through `messages`. */
  sendMessage: (text: string) => void | Promise<void>;
  /** The guide is answering: shows a typing indicator. */
  pending?: boolean;
  /** The voice call of this panel (see useVoiceCall); without one the voice button is disabled. */
  voice?: VoiceCall;
  /** Shown under the input, e.g. that this preview has no server-side guide. */
  notice?: string;
  /** Set when the conversation is over (the run is completed or abandoned): says why; the input is disabled. */
  closed?: string;
  className?: string;
}

/**
 * The guide beside the form: its name and avatar, the transcript (a polite live region, so new messages are
 * announced as they arrive, scrolled into view), a text input, the voice button and, during a voice call,
 * its bar (who is speaking, live captions, mute, hang up).
 */
export function GuidePanel(props: GuidePanelProps) {
  const { name, subtitle, avatarUrl, messages, sendMessage, pending, voice, notice, closed, className } =
    props;
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const log = useRef<HTMLDivElement>(null);
  const inputId = useId();

  useEffect(() => {
    log.current?.scrollTo?.({ top: log.current.scrollHeight, behavior: 'smooth' });
  }, [messages.length, pending]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const message = text.trim();
    if (!message || sending || closed) return;
    setSending(true);
    setText('');
    try {
      await sendMessage(message);
    } finally {
      setSending(false);
    }
  }

  return (
    <aside
      aria-label={`Chat with ${name}`}
      className={cx('flex min-h-0 flex-col rounded-2xl border border-line bg-surface', className)}
    >
      <header className="flex items-center gap-3 border-b border-line px-4 py-3">
        <Avatar name={name} src={avatarUrl} />
        <div className="min-w-0">
          <h2 className="truncate text-sm font-semibold">{name}</h2>
          <p className="flex items-center gap-1.5 truncate text-xs text-fg-muted">
            <span aria-hidden="true" className="size-1.5 rounded-full bg-success" />
            {subtitle ?? 'Your guide'}
          </p>
        </div>
      </header>
      <div
        ref={log}
        role="log"
        aria-live="polite"
        aria-label="Conversation"
        className="min-h-48 flex-1 space-y-3 overflow-y-auto px-4 py-4"
      >
        {messages.map((m) => (
          <div key={m.id} className={cx('flex gap-2', m.role === 'user' && 'justify-end')}>
            {m.role === 'guide' && <Avatar name={name} src={avatarUrl} size="sm" />}
            <p
              className={cx(
                'max-w-[85%] rounded-2xl px-3.5 py-2 text-sm leading-relaxed whitespace-pre-wrap',
                m.role === 'guide'
                  ? 'rounded-tl-sm bg-surface-muted text-fg'
                  : 'rounded-tr-sm bg-accent text-accent-fg',
              )}
            >
              <span className="sr-only">{m.role === 'guide' ? `${name}: ` : 'You: '}</span>
              {m.text}
            </p>
          </div>
        ))}
        {pending && (
          <div className="flex items-center gap-2" aria-label={`${name} is typing`}>
            <Avatar name={name} src={avatarUrl} size="sm" />
            <span className="flex gap-1 rounded-2xl bg-surface-muted px-3 py-3">
              {[0, 150, 300].map((d) => (
                <span
                  key={d}
                  className="size-1.5 animate-bounce rounded-full bg-fg-subtle"
                  style={{ animationDelay: `${d}ms` }}
                />
              ))}
            </span>
          </div>
        )}
      </div>
      <form onSubmit={onSubmit} className="space-y-2 border-t border-line p-3">
        {voice && <VoiceBar voice={voice} name={name} />}
        <div className="flex gap-2">
          <label htmlFor={inputId} className="sr-only">
            Message {name}
          </label>
          <Input
            id={inputId}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={closed ? 'The conversation is over' : `Message ${name}…`}
            autoComplete="off"
            disabled={Boolean(closed)}
          />
          <VoiceButton voice={voice} />
          <Button
            type="submit"
            disabled={!text.trim() || sending || Boolean(closed)}
            aria-label="Send"
            className="shrink-0 px-3"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
              <path
                fill="currentColor"
                d="M2.7 2.3a.75.75 0 0 1 .8-.1l14 7a.75.75 0 0 1 0 1.3l-14 7a.75.75 0 0 1-1-.9L4.3 10 2.5 3.1a.75.75 0 0 1 .2-.8ZM5.6 10.75l-1.2 4.6L15.3 10 4.4 4.6l1.2 4.65H11a.75.75 0 0 1 0 1.5H5.6Z"
              />
            </svg>
          </Button>
        </div>
        {closed && (
          <p role="status" className="px-1 text-xs text-fg-muted">
            {closed}
          </p>
        )}
        {notice && <p className="px-1 text-xs text-fg-subtle">{notice}</p>}
      </form>
    </aside>
  );
}
