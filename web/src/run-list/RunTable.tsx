import { Link, useNavigate } from '@tanstack/react-router';
import { Badge } from '../ui/Badge';
import { cx, focusRing } from '../ui/cx';
import {
  CHANNEL_LABELS,
  formatDateTime,
  formatRelative,
  progressText,
  STATUS_LABELS,
  STATUS_TONES,
  wizardName,
} from './format';
import type { RunRow } from './runs-api';

/** Props of {@link RunTable}. */
export interface RunTableProps {
  runs: RunRow[];
  /** Ids of the runs the caller starred. */
  starred: ReadonlySet<string>;
}

/** A filled star marking a starred run (labelled for screen readers). */
export function StarMark({ className }: { className?: string }) {
  return (
    <svg role="img" aria-label="Starred" viewBox="0 0 20 20" className={cx('size-4 text-warning', className)}>
      <path
        fill="currentColor"
        d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.6L10 14.7l-5.1 2.7 1-5.6-4.1-4 5.7-.8L10 1.8z"
      />
    </svg>
  );
}

/** A slim bar and text for a run's progress. */
function Progress({ run }: { run: RunRow }) {
  const text = progressText(run);
  const percent = run.progress && run.progress.required > 0 ? run.progress.percent : undefined;
  return (
    <div className="min-w-28 space-y-1">
      {percent !== undefined && (
        <div aria-hidden="true" className="h-1.5 overflow-hidden rounded-full bg-surface-muted">
          <div
            className={cx('h-full rounded-full', run.status === 'completed' ? 'bg-success' : 'bg-accent')}
            style={{ width: `${percent}%` }}
          />
        </div>
      )}
      <p className="text-xs text-fg-muted">{text}</p>
    </div>
  );
}

/** "Continue" for a run still in progress: opens it in the player. */
function ContinueLink({ run }: { run: RunRow }) {
  if (run.status !== 'active' && run.status !== 'created') return null;
  return (
    <Link
      to="/runs/$runId"
      params={{ runId: run.id }}
      onClick={(event) => event.stopPropagation()}
      aria-label={`Continue run ${run.id.slice(0, 8)} in the player`}
      className={cx(
        'inline-flex h-8 items-center rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium',
        'shadow-xs hover:bg-surface-hover',
        focusRing,
      )}
    >
      Continue
    </Link>
  );
}

/** When the run last changed: its completion time, else its last activity. */
function LastActivity({ run }: { run: RunRow }) {
  const at = run.completed_at ?? run.updated_at;
  return (
    <time dateTime={at} title={formatDateTime(at)} className="text-sm text-fg-muted">
      {run.completed_at ? 'Completed ' : ''}
      {formatRelative(at)}
    </time>
  );
}

/**
 * The runs as a table (from the `md` breakpoint) or as cards (phones). The wizard name links to the run's
 * detail page, and a click anywhere on a row does the same; "Continue" opens runs in progress in the player.
 */
export function RunTable({ runs, starred }: RunTableProps) {
  const navigate = useNavigate();
  const open = (runId: string) => navigate({ to: '/runs/$runId/detail', params: { runId } });
  return (
    <>
      <table className="hidden w-full text-left text-sm md:table">
        <caption className="sr-only">Runs, newest first</caption>
        <thead className="border-b border-line text-xs font-medium text-fg-muted">
          <tr>
            <th scope="col" className="px-5 py-3 font-medium">
              Wizard
            </th>
            <th scope="col" className="px-3 py-3 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-3 font-medium">
              Channel
            </th>
            <th scope="col" className="px-3 py-3 font-medium">
              Started
            </th>
            <th scope="col" className="px-3 py-3 font-medium">
              Last activity
            </th>
            <th scope="col" className="px-3 py-3 font-medium">
              Progress
            </th>
            <th scope="col" className="px-5 py-3">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {runs.map((run) => (
            <tr
              key={run.id}
              onClick={() => open(run.id)}
              className="cursor-pointer transition-colors hover:bg-surface-hover"
            >
              <td className="px-5 py-3">
                <div className="flex items-center gap-2">
                  <Link
                    to="/runs/$runId/detail"
                    params={{ runId: run.id }}
                    onClick={(event) => event.stopPropagation()}
                    className={cx('rounded font-medium text-fg hover:underline', focusRing)}
                  >
                    {wizardName(run)}
                  </Link>
                  {starred.has(run.id) && <StarMark />}
                </div>
                <p className="font-mono text-xs text-fg-subtle">
                  {run.id.slice(0, 8)}
                  {run.visitor_id ? ` · ${run.visitor_id}` : ''}
                </p>
              </td>
              <td className="px-3 py-3">
                <Badge tone={STATUS_TONES[run.status]}>{STATUS_LABELS[run.status]}</Badge>
              </td>
              <td className="px-3 py-3 text-fg-muted">{CHANNEL_LABELS[run.channel]}</td>
              <td className="px-3 py-3 whitespace-nowrap text-fg-muted">
                <time dateTime={run.created_at}>{formatDateTime(run.created_at)}</time>
              </td>
              <td className="px-3 py-3 whitespace-nowrap">
                <LastActivity run={run} />
              </td>
              <td className="px-3 py-3">
                <Progress run={run} />
              </td>
              <td className="px-5 py-3 text-right">
                <ContinueLink run={run} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-line md:hidden">
        {runs.map((run) => (
          <li key={run.id} className="relative space-y-2 px-4 py-4 hover:bg-surface-hover">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link
                  to="/runs/$runId/detail"
                  params={{ runId: run.id }}
                  className={cx(
                    'rounded font-medium text-fg after:absolute after:inset-0 hover:underline',
                    focusRing,
                  )}
                >
                  {wizardName(run)}
                </Link>
                <p className="truncate font-mono text-xs text-fg-subtle">
                  {run.id.slice(0, 8)}
                  {run.visitor_id ? ` · ${run.visitor_id}` : ''}
                </p>
              </div>
              <div className="flex shrink-0 items-center gap-2">
                {starred.has(run.id) && <StarMark />}
                <Badge tone={STATUS_TONES[run.status]}>{STATUS_LABELS[run.status]}</Badge>
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-muted">
              <span>{CHANNEL_LABELS[run.channel]}</span>
              <span aria-hidden="true">·</span>
              <time dateTime={run.created_at}>Started {formatDateTime(run.created_at)}</time>
            </div>
            <div className="flex items-end justify-between gap-3">
              <Progress run={run} />
              <div className="relative z-10">
                <ContinueLink run={run} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
