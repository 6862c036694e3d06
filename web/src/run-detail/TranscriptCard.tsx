import { useQuery } from '@tanstack/react-query';
import { Card } from '../ui/Card';
import { cx } from '../ui/cx';
import { formatDateTime } from '../run-list/format';
import { fetchTranscript } from './detail-api';

/** The run's conversation with its guide as chat bubbles (visitor right, guide left), or why there is none. */
export function TranscriptCard({ runId }: { runId: string }) {
  const transcript = useQuery({
    queryKey: ['runs', 'transcript', runId],
    queryFn: () => fetchTranscript(runId),
  });
  return (
    <Card padded={false} aria-labelledby="transcript-heading">
      <h2 id="transcript-heading" className="border-b border-line px-5 py-4 font-semibold">
        Transcript
      </h2>
      <div className="max-h-[28rem] overflow-y-auto px-5 py-4" tabIndex={0} aria-label="Conversation">
        {transcript.isPending ? (
          <p role="status" className="text-sm text-fg-muted">
            Loading the conversation…
          </p>
        ) : transcript.isError ? (
          <p role="alert" className="text-sm text-danger">
            The transcript could not be loaded: {transcript.error.message}
          </p>
        ) : transcript.data.length === 0 ? (
          <p className="text-sm text-fg-muted">No conversation: this run was filled without the guide.</p>
        ) : (
          <ol className="space-y-3">
            {transcript.data.map((entry) => (
              <li
                key={entry.seq}
                className={cx('flex flex-col gap-1', entry.role === 'user' ? 'items-end' : 'items-start')}
              >
                <span className="text-xs text-fg-subtle">
                  {entry.role === 'user' ? 'Visitor' : 'Guide'} ·{' '}
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </span>
                <p
                  className={cx(
                    'max-w-[85%] rounded-2xl px-3.5 py-2 text-sm whitespace-pre-wrap',
                    entry.role === 'user'
                      ? 'rounded-br-md bg-accent text-accent-fg'
                      : 'rounded-bl-md bg-surface-muted text-fg',
                  )}
                >
                  {entry.text}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}
