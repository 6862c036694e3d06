import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { cx } from '../ui/cx';
import type { Citation } from './chat-api';
import { Markdown } from './Markdown';

/** A message as the conversation shows it (a streaming answer has no id yet). */
export interface ShownMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: Citation[];
  status: 'complete' | 'interrupted' | 'streaming';
}

/** One message: the user's question, or the answer as markdown with numbered citation chips and Copy. */
export function MessageBubble({ message, onRetry }: { message: ShownMessage; onRetry?: () => void }) {
  const [copied, setCopied] = useState(false);
  const mine = message.role === 'user';
  return (
    <li className={cx('flex', mine ? 'justify-end' : 'justify-start')}>
      <div
        data-testid={mine ? 'user-message' : 'assistant-message'}
        data-status={message.status}
        className={cx(
          'max-w-[92%] rounded-2xl px-4 py-3 text-sm sm:max-w-[80%]',
          mine ? 'bg-accent text-accent-fg' : 'border border-line bg-surface text-fg',
        )}
      >
        {mine ? (
          <p className="whitespace-pre-wrap break-words">{message.text}</p>
        ) : (
          <Markdown text={message.text} />
        )}
        {message.citations.length > 0 && (
          <ol className="mt-3 flex flex-wrap gap-2" aria-label="Sources">
            {message.citations.map((c, i) => (
              <li key={`${c.document_id}-${i}`}>
                <Link
                  to="/documents/$documentId"
                  params={{ documentId: c.document_id }}
                  search={{ page: c.page ?? undefined }}
                  title={c.quote}
                  data-testid="citation-chip"
                  className="inline-flex items-center gap-1.5 rounded-full border border-line-strong bg-surface-muted px-2.5 py-1 text-xs text-fg hover:bg-surface-hover"
                >
                  <span className="font-semibold">{i + 1}</span>
                  <span className="max-w-40 truncate">{c.title}</span>
                  {c.page !== null && <span className="text-fg-muted">p. {c.page}</span>}
                </Link>
              </li>
            ))}
          </ol>
        )}
        {!mine && message.status !== 'streaming' && (
          <div className="mt-2 flex items-center gap-3 text-xs text-fg-muted">
            <button
              type="button"
              className="hover:text-fg"
              onClick={() => {
                void navigator.clipboard?.writeText(message.text).then(() => setCopied(true));
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
            {onRetry && (
              <button type="button" className="hover:text-fg" onClick={onRetry}>
                Retry
              </button>
            )}
            {message.status === 'interrupted' && <span>Stopped before the end was shown</span>}
          </div>
        )}
      </div>
    </li>
  );
}
