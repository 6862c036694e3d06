import { useQuery } from '@tanstack/react-query';
import { ACTION_TYPE_LABELS } from '../../../src/core/actions/labels';
import { ActionTypeSchema } from '../../../src/core/actions/definition';
import { Badge, type BadgeTone } from '../ui/Badge';
import { Card } from '../ui/Card';
import { formatDateTime } from '../run-list/format';
import { fetchActionLogs, type ActionLog } from './action-logs-api';

const STATUS: Record<ActionLog['status'], { label: string; tone: BadgeTone }> = {
  succeeded: { label: 'Succeeded', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  skipped: { label: 'Skipped', tone: 'neutral' },
};

function typeLabel(type: string): string {
  const parsed = ActionTypeSchema.safeParse(type);
  return parsed.success ? ACTION_TYPE_LABELS[parsed.data] : type;
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-fg-muted">{label}</p>
      <pre className="max-h-48 overflow-auto rounded-md bg-surface-muted p-2 font-mono text-xs whitespace-pre-wrap">
        {JSON.stringify(value ?? null, null, 2)}
      </pre>
    </div>
  );
}

function LogRow({ log }: { log: ActionLog }) {
  const status = STATUS[log.status];
  return (
    <li className="px-5 py-3">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
          <Badge tone={status.tone}>{status.label}</Badge>
          <span className="font-medium text-fg">{log.action_id}</span>
          <span className="text-fg-muted">{typeLabel(log.action_type)}</span>
          <span className="text-xs text-fg-subtle">
            {log.event_id} · {log.trigger}
            {log.attempt > 1 ? ` · attempt ${log.attempt}` : ''} · {log.duration_ms} ms ·{' '}
            {formatDateTime(log.created_at)}
          </span>
        </summary>
        <div className="mt-2 space-y-2">
          {log.error && (
            <p className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">{log.error}</p>
          )}
          <div className="grid gap-2 sm:grid-cols-2">
            <Json label="Input" value={log.input} />
            <Json label="Output" value={log.output} />
          </div>
        </div>
      </details>
    </li>
  );
}

/**
 * The run's action logs (admins): every attempt of every action its events fired, oldest first, each with
 * its status, action, type, event, trigger, attempt and duration; opening one shows its input and its output
 * or error.
 */
export function ActionLogsCard({ runId }: { runId: string }) {
  const logs = useQuery({ queryKey: ['runs', 'action-logs', runId], queryFn: () => fetchActionLogs(runId) });
  return (
    <Card padded={false} aria-labelledby="action-logs-heading">
      <h2 id="action-logs-heading" className="border-b border-line px-5 py-4 font-semibold">
        Action logs
      </h2>
      {logs.isPending ? (
        <p role="status" className="px-5 py-4 text-sm text-fg-muted">
          Loading action logs…
        </p>
      ) : logs.isError ? (
        <p role="alert" className="px-5 py-4 text-sm text-danger">
          The action logs could not be loaded: {logs.error.message}
        </p>
      ) : logs.data.length === 0 ? (
        <p className="px-5 py-4 text-sm text-fg-muted">No action ran in this run.</p>
      ) : (
        <ul className="divide-y divide-line" aria-label="Action logs">
          {logs.data.map((log) => (
            <LogRow key={log.id} log={log} />
          ))}
        </ul>
      )}
    </Card>
  );
}
