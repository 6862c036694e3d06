import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useAuth } from '../auth/useAuth';
import { sidekickOfRun, SIDEKICKS_KEY } from '../sidekicks/sidekick-api';
import { SidekickAvatar } from '../sidekicks/SidekickAvatar';
import { useServerGuide } from '../runs/useServerGuide';
import { useServerRun } from '../runs/useServerRun';
import { Player } from '../player/Player';
import { Badge } from '../ui/Badge';
import { useVoiceCall } from '../voice/useVoiceCall';

/**
 * `/runs/:id`: a run stored on the server, in the player with its server-side guide. Everything shown comes
 * from the run's event log over the live stream, so a reload or a second tab shows the same run.
 */
export function RunPage({ runId }: { runId: string }) {
  const run = useServerRun(runId);
  const guide = useServerGuide(runId, { lastSeq: run.lastSeq, beforeSend: run.flush });
  const ready = run.status === 'ready';
  const voice = useVoiceCall({
    runId,
    messages: guide.messages,
    sendMessage: guide.sendMessage,
    lang: ready ? run.definition.settings.locale : 'en',
    gender: ready ? run.definition.guide.voice : undefined,
    onTranscript: guide.reload,
  });
  const status = run.snapshot?.status;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <Link to="/" className="text-sm text-fg-muted hover:text-fg">
            ← Templates
          </Link>
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            {ready ? run.definition.name : 'Run'}
            {status && (
              <Badge tone={status === 'completed' ? 'success' : 'accent'} className="capitalize">
                {status}
              </Badge>
            )}
          </h1>
        </div>
        {ready && (
          <p role="status" className="flex items-center gap-2 text-xs text-fg-muted">
            <span
              aria-hidden="true"
              className={
                run.connection === 'open'
                  ? 'size-2 rounded-full bg-success'
                  : 'size-2 animate-pulse rounded-full bg-warning'
              }
            />
            {run.connection === 'open' ? 'Live' : 'Reconnecting…'}
          </p>
        )}
      </div>
      <Player
        run={run}
        guide={{
          messages: guide.messages,
          pending: guide.pending,
          sendMessage: guide.sendMessage,
          voice: status === 'active' ? voice : undefined,
          subtitle: ready ? `Guide · ${run.definition.name}` : undefined,
          notice: guide.error ? `The guide is unavailable: ${guide.error}` : undefined,
        }}
        completionActions={
          <>
            <CreatedSidekick runId={runId} completed={status === 'completed'} />
            <Link
              to="/"
              className="rounded-lg border border-line-strong px-4 py-2 text-sm font-medium hover:bg-surface-hover"
            >
              Back to templates
            </Link>
          </>
        }
      />
    </div>
  );
}

/** A link to the sidekick a completed run created (create-a-sidekick's onComplete action), for its members. */
function CreatedSidekick({ runId, completed }: { runId: string; completed: boolean }) {
  const { me } = useAuth();
  const made = useQuery({
    queryKey: [...SIDEKICKS_KEY, 'run', runId],
    queryFn: () => sidekickOfRun(runId),
    enabled: completed && !!me,
    // The onComplete action may still be running when the completion arrives.
    refetchInterval: (query) => (query.state.data ? false : 1000),
  });
  const sidekick = made.data;
  if (!sidekick) return null;
  return (
    <Link
      to="/sidekicks/$slug"
      params={{ slug: sidekick.slug }}
      className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:bg-accent-hover"
    >
      <SidekickAvatar name={sidekick.name} src={sidekick.avatar_url} size="sm" />
      Meet {sidekick.name}
    </Link>
  );
}

/** The `/runs/$runId` route's page: remounts {@link RunPage} when the run id changes. */
export function RunRoutePage() {
  const { runId } = useParams({ from: '/runs/$runId' });
  return <RunPage key={runId} runId={runId} />;
}
