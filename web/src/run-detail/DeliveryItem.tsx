import { Badge, type BadgeTone } from '../ui/Badge';
import { Button } from '../ui/Button';
import { formatDateTime } from '../run-list/format';
import type { Delivery } from './detail-api';

const STATUS: Record<Delivery['status'], { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'accent' },
  succeeded: { label: 'Delivered', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** A short description of an attempt: "HTTP 204 in 35 ms", "timeout after 10000 ms in 10000 ms". */
function attemptText(a: Delivery['attempts'][number]): string {
  const what = a.status_code !== null ? `HTTP ${a.status_code}` : (a.error ?? 'no answer');
  return `${what} in ${a.duration_ms} ms`;
}

/**
 * One webhook delivery as a list item: event, status, attempt count, "Redeliver" (disabled while pending),
 * the creation and next-attempt times, and its attempts (expandable; `open` expands them at first) with each
 * one's time, answer, outcome and the start of the receiver's response. `detail` adds a line (e.g. the
 * endpoint's URL).
 */
export function DeliveryItem({
  delivery: d,
  onRedeliver,
  redelivering,
  detail,
  open = false,
}: {
  delivery: Delivery;
  onRedeliver: (id: string) => void;
  redelivering: boolean;
  detail?: string;
  open?: boolean;
}) {
  return (
    <li className="space-y-2 px-5 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <code className="text-sm font-medium">{d.event_type}</code>
        <Badge tone={STATUS[d.status].tone}>{STATUS[d.status].label}</Badge>
        <span className="text-xs text-fg-muted">
          {d.attempt_count} {d.attempt_count === 1 ? 'attempt' : 'attempts'}
          {d.last_status_code !== null ? ` · last HTTP ${d.last_status_code}` : ''}
        </span>
        <Button
          variant="secondary"
          size="sm"
          className="ml-auto"
          disabled={d.status === 'pending' || redelivering}
          title={d.status === 'pending' ? 'Still being delivered' : undefined}
          aria-label={`Redeliver ${d.event_type} of ${formatDateTime(d.created_at)}`}
          onClick={() => onRedeliver(d.id)}
        >
          Redeliver
        </Button>
      </div>
      {detail && <p className="break-all text-xs text-fg-muted">{detail}</p>}
      <p className="text-xs text-fg-subtle">
        Created <time dateTime={d.created_at}>{formatDateTime(d.created_at)}</time>
        {d.next_attempt_at && d.status === 'pending' && (
          <>
            {' '}
            · next attempt <time dateTime={d.next_attempt_at}>{formatDateTime(d.next_attempt_at)}</time>
          </>
        )}
      </p>
      {d.attempts.length > 0 && (
        <details className="text-xs" open={open}>
          <summary className="cursor-pointer text-fg-muted hover:text-fg">Attempts</summary>
          <ol className="mt-2 space-y-2">
            {d.attempts.map((a) => (
              <li key={a.attempt} className="space-y-1">
                <div className="flex flex-wrap gap-x-2 text-fg-muted">
                  <span className="font-medium text-fg">#{a.attempt}</span>
                  <time dateTime={a.started_at}>{formatDateTime(a.started_at)}</time>
                  <span>{attemptText(a)}</span>
                  <span
                    className={
                      a.outcome === 'success' ? 'text-success' : a.outcome === 'failed' ? 'text-danger' : ''
                    }
                  >
                    {a.outcome}
                  </span>
                </div>
                {a.response_excerpt && (
                  <pre
                    aria-label={`Response to attempt ${a.attempt}`}
                    className="max-h-24 overflow-auto whitespace-pre-wrap break-all rounded-md bg-surface-muted p-2 font-mono text-[11px] text-fg-muted"
                  >
                    {a.response_excerpt}
                  </pre>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
