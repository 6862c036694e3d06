import { Link } from '@tanstack/react-router';
import { Badge } from '../ui/Badge';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';
import { CHANNEL_LABELS, formatDateTime, STATUS_LABELS, STATUS_TONES } from '../run-list/format';
import type { RunDetail } from './detail-api';
import { metadataEntries } from './metadata';

/** One labelled fact of the header. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-fg-subtle">{label}</dt>
      <dd className="text-sm font-medium break-words">{children}</dd>
    </div>
  );
}

/** Who ran it: the signed-in user who started the run (name, email under it), else the visitor. */
function StarterFact({ detail }: { detail: RunDetail }) {
  const { run, started_by: starter } = detail;
  if (!starter)
    return <Fact label="Visitor">{run.visitor_id ?? (run.user_id ? 'Signed-in user' : 'Anonymous')}</Fact>;
  return (
    <Fact label="Started by">
      {starter.name || starter.email}
      {starter.name && <span className="block text-xs font-normal text-fg-muted">{starter.email}</span>}
    </Fact>
  );
}

/**
 * The detail page's header: wizard name, status, channel, who started it (or the visitor), started and
 * completed (or last activity) times, the run's metadata (UTM parameters, referrer…), and "Continue in the
 * player" for a run in progress.
 */
export function RunHeader({ detail, wizardName }: { detail: RunDetail; wizardName: string }) {
  const { run } = detail;
  const metadata = metadataEntries(run.metadata);
  const inProgress = run.status === 'active' || run.status === 'created';
  return (
    <Card className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            {wizardName}
            <Badge tone={STATUS_TONES[run.status]}>{STATUS_LABELS[run.status]}</Badge>
          </h1>
          <p className="font-mono text-xs break-all text-fg-subtle">Run {run.id}</p>
        </div>
        {inProgress && (
          <Link
            to="/runs/$runId"
            params={{ runId: run.id }}
            className={cx(
              'inline-flex h-10 items-center rounded-lg bg-accent px-4 text-sm font-medium text-accent-fg shadow-sm hover:bg-accent-hover',
              focusRing,
            )}
          >
            Continue in the player
          </Link>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <Fact label="Channel">{CHANNEL_LABELS[run.channel]}</Fact>
        <StarterFact detail={detail} />
        <Fact label="Version">{run.wizard_version}</Fact>
        <Fact label="Started">
          <time dateTime={run.created_at}>{formatDateTime(run.created_at)}</time>
        </Fact>
        {run.completed_at ? (
          <Fact label="Completed">
            <time dateTime={run.completed_at}>{formatDateTime(run.completed_at)}</time>
          </Fact>
        ) : (
          <Fact label="Last activity">
            <time dateTime={run.updated_at}>{formatDateTime(run.updated_at)}</time>
          </Fact>
        )}
      </dl>
      {metadata.length > 0 && (
        <div className="border-t border-line pt-4">
          <h2 className="mb-2 text-xs font-semibold tracking-wide text-fg-subtle uppercase">Metadata</h2>
          <dl className="flex flex-wrap gap-2">
            {metadata.map(([label, value]) => (
              <div
                key={label}
                className="flex max-w-full items-center gap-1.5 rounded-lg bg-surface-muted px-2.5 py-1 text-xs"
              >
                <dt className="text-fg-muted">{label}</dt>
                <dd className="truncate font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </Card>
  );
}
