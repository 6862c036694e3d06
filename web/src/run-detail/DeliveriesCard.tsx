import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../api/problem';
import { Badge, type BadgeTone } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { useToast } from '../ui/toast-context';
import { formatDateTime } from '../run-list/format';
import { fetchRunDeliveries, redeliver, type Delivery } from './detail-api';

const STATUS: Record<Delivery['status'], { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'accent' },
  succeeded: { label: 'Delivered', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** A short description of an attempt: "HTTP 204 in 35 ms", "timeout after 10000 ms". */
function attemptText(a: Delivery['attempts'][number]): string {
  const what = a.status_code !== null ? `HTTP ${a.status_code}` : (a.error ?? 'no answer');
  return `${what} in ${a.duration_ms} ms`;
}

/**
 * The webhook deliveries of the run (admins): event, status, attempts (expandable) and "Redeliver" for a
 * finished delivery. A refused redelivery shows the server's detail.
 */
export function DeliveriesCard({ wizardId, runId }: { wizardId: string; runId: string }) {
  const client = useQueryClient();
  const toast = useToast();
  const key = ['runs', 'deliveries', runId];
  const deliveries = useQuery({ queryKey: key, queryFn: () => fetchRunDeliveries(wizardId, runId) });
  const again = useMutation({
    mutationFn: redeliver,
    onSuccess: () => {
      toast.show({
        tone: 'success',
        title: 'Redelivery queued',
        description: 'A new series of attempts starts now.',
      });
      return client.invalidateQueries({ queryKey: key });
    },
    onError: (e) =>
      toast.show({
        tone: 'danger',
        title: 'The delivery could not be sent again',
        description: isApiProblem(e) ? e.detail : String(e),
      }),
  });
  return (
    <Card padded={false} aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading" className="border-b border-line px-5 py-4 font-semibold">
        Webhook deliveries
      </h2>
      {deliveries.isPending ? (
        <p role="status" className="px-5 py-4 text-sm text-fg-muted">
          Loading deliveries…
        </p>
      ) : deliveries.isError ? (
        <p role="alert" className="px-5 py-4 text-sm text-danger">
          The deliveries could not be loaded: {deliveries.error.message}
        </p>
      ) : deliveries.data.length === 0 ? (
        <p className="px-5 py-4 text-sm text-fg-muted">
          No webhook deliveries for this run. Add a webhook endpoint to the wizard to receive its runs.
        </p>
      ) : (
        <ul className="divide-y divide-line">
          {deliveries.data.map((d) => (
            <li key={d.id} className="space-y-2 px-5 py-4">
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
                  disabled={d.status === 'pending' || (again.isPending && again.variables === d.id)}
                  title={d.status === 'pending' ? 'Still being delivered' : undefined}
                  aria-label={`Redeliver ${d.event_type} of ${formatDateTime(d.created_at)}`}
                  onClick={() => again.mutate(d.id)}
                >
                  Redeliver
                </Button>
              </div>
              <p className="text-xs text-fg-subtle">
                Created <time dateTime={d.created_at}>{formatDateTime(d.created_at)}</time>
                {d.next_attempt_at && d.status === 'pending' && (
                  <>
                    {' '}
                    · next attempt{' '}
                    <time dateTime={d.next_attempt_at}>{formatDateTime(d.next_attempt_at)}</time>
                  </>
                )}
              </p>
              {d.attempts.length > 0 && (
                <details className="text-xs">
                  <summary className="cursor-pointer text-fg-muted hover:text-fg">Attempts</summary>
                  <ol className="mt-2 space-y-1">
                    {d.attempts.map((a) => (
                      <li key={a.attempt} className="flex flex-wrap gap-x-2 text-fg-muted">
                        <span className="font-medium text-fg">#{a.attempt}</span>
                        <time dateTime={a.started_at}>{formatDateTime(a.started_at)}</time>
                        <span>{attemptText(a)}</span>
                        <span
                          className={
                            a.outcome === 'success'
                              ? 'text-success'
                              : a.outcome === 'failed'
                                ? 'text-danger'
                                : ''
                          }
                        >
                          {a.outcome}
                        </span>
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
