import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { WizardDefinitionBaseSchema } from '../../../src/core/wizard/definition';
import { isApiProblem } from '../api/problem';
import { useAuth } from '../auth/useAuth';
import { SignInPrompt } from '../run-list/SignInPrompt';
import { seesAllRuns } from '../run-list/runs-api';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';
import { ActionLogsCard } from './ActionLogsCard';
import { DeliveriesCard } from './DeliveriesCard';
import { fetchRunDetail, fetchRunEvents } from './detail-api';
import { RunHeader } from './RunHeader';
import { StarControl } from './StarControl';
import { TimelineCard } from './TimelineCard';
import { TranscriptCard } from './TranscriptCard';
import { ValuesCard } from './ValuesCard';

/** Placeholder blocks while the run loads. */
function LoadingDetail() {
  return (
    <div role="status" aria-label="Loading the run" className="space-y-6">
      <div className="h-40 animate-pulse rounded-2xl bg-surface-muted" />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="h-80 animate-pulse rounded-2xl bg-surface-muted" />
        <div className="h-80 animate-pulse rounded-2xl bg-surface-muted" />
      </div>
    </div>
  );
}

/**
 * `/runs/:id/detail`: everything about one run — header (wizard, status, channel, visitor, metadata, times),
 * the values it collected with their provenance, the event timeline, the guide transcript, its webhook
 * deliveries with "Redeliver" and its action logs (admins), and star/unstar with a note.
 */
export function RunDetailPage({ runId }: { runId: string }) {
  const { me, loading } = useAuth();
  const detail = useQuery({
    queryKey: ['runs', 'detail', runId],
    queryFn: () => fetchRunDetail(runId),
    enabled: !!me,
  });
  const events = useQuery({
    queryKey: ['runs', 'events', runId],
    queryFn: () => fetchRunEvents(runId),
    enabled: !!me,
  });
  const definition = useMemo(() => {
    const parsed = WizardDefinitionBaseSchema.safeParse(detail.data?.definition);
    return parsed.success ? parsed.data : undefined;
  }, [detail.data]);

  if (loading) return <LoadingDetail />;
  if (!me) return <SignInPrompt what="this run" />;
  const back = (
    <Link to="/runs" className={cx('rounded text-sm text-fg-muted hover:text-fg', focusRing)}>
      ← Runs
    </Link>
  );
  if (detail.isPending) return <LoadingDetail />;
  if (detail.isError)
    return (
      <div className="space-y-4">
        {back}
        <Card role="alert" className="space-y-3 text-center">
          <h1 className="text-xl font-semibold">
            {isApiProblem(detail.error) && detail.error.status === 404
              ? 'Run not found'
              : 'The run could not be loaded'}
          </h1>
          <p className="text-sm text-fg-muted">{detail.error.message}</p>
          <Button variant="secondary" size="sm" onClick={() => void detail.refetch()}>
            Try again
          </Button>
        </Card>
      </div>
    );
  const data = detail.data;
  return (
    <div className="space-y-6">
      {back}
      <RunHeader detail={data} wizardName={definition?.name ?? 'Wizard run'} />
      <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <ValuesCard snapshot={data.snapshot} provenance={data.provenance} />
          {events.isPending ? (
            <Card role="status" className="text-sm text-fg-muted">
              Loading the timeline…
            </Card>
          ) : events.isError ? (
            <Card role="alert" className="text-sm text-danger">
              The timeline could not be loaded: {events.error.message}
            </Card>
          ) : (
            <TimelineCard events={events.data} definition={definition} />
          )}
          {seesAllRuns(me) && <ActionLogsCard runId={runId} />}
        </div>
        <div className="min-w-0 space-y-6">
          <StarControl runId={runId} />
          <TranscriptCard runId={runId} />
          {seesAllRuns(me) && <DeliveriesCard wizardId={data.run.wizard_id} runId={runId} />}
        </div>
      </div>
    </div>
  );
}

/** The `/runs/$runId/detail` route's page: remounts {@link RunDetailPage} when the run id changes. */
export function RunDetailRoutePage() {
  const { runId } = useParams({ from: '/runs/$runId/detail' });
  return <RunDetailPage key={runId} runId={runId} />;
}
