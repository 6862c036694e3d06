import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useAuth } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';
import { ExportButtons } from './ExportButtons';
import { RunFilters } from './RunFilters';
import { RunTable } from './RunTable';
import { SignInPrompt } from './SignInPrompt';
import { hasFilters, runListQuery, type RunSearch } from './run-filters';
import { useSavedRuns } from '../store/saved-runs';
import { fetchRunPage, fetchWizardOptions, RUNS_KEY, seesAllRuns } from './runs-api';

/** Placeholder rows while the first page loads. */
function LoadingRows() {
  return (
    <div role="status" aria-label="Loading runs" className="divide-y divide-line">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="flex items-center gap-4 px-5 py-4">
          <div className="h-4 w-40 animate-pulse rounded bg-surface-muted" />
          <div className="h-4 w-20 animate-pulse rounded-full bg-surface-muted" />
          <div className="ml-auto h-4 w-24 animate-pulse rounded bg-surface-muted" />
        </div>
      ))}
    </div>
  );
}

/**
 * `/runs`: the runs of the active tenant (owners, admins and superadmins: `GET /api/v1/runs`) or the caller's
 * own runs (members: `/runs/mine`), newest first, filtered by the URL's search params (wizard, status,
 * channel, date range, search), 25 at a time with "Load more". Admins export the filtered runs as CSV or JSON.
 */
export function RunsPage() {
  const { me, loading } = useAuth();
  const search = useSearch({ from: '/runs' });
  const navigate = useNavigate({ from: '/runs' });
  const all = me ? seesAllRuns(me) : false;
  const query = useMemo(() => runListQuery(search), [search]);
  const runs = useInfiniteQuery({
    queryKey: [...RUNS_KEY, all ? 'all' : 'mine', me?.active_tenant.id, query.toString()],
    queryFn: ({ pageParam }) => fetchRunPage(all, query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled: !!me,
  });
  const wizards = useQuery({ queryKey: ['wizards', 'options'], queryFn: fetchWizardOptions, enabled: !!me });
  const saved = useSavedRuns(!!me);
  const starred = useMemo(() => new Set(saved.data?.map((s) => s.run.id)), [saved.data]);
  const onChange = useCallback(
    (patch: Partial<RunSearch>) =>
      void navigate({ search: (prev: RunSearch) => ({ ...prev, ...patch }), replace: true }),
    [navigate],
  );

  if (loading) return <LoadingRows />;
  if (!me) return <SignInPrompt what="runs" />;
  const rows = runs.data?.pages.flatMap((p) => p.runs) ?? [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Runs</h1>
          <p className="text-sm text-fg-muted">
            {all
              ? `Every run of ${me.active_tenant.name}, newest first.`
              : 'The runs you started, newest first.'}
          </p>
        </div>
        {all && <ExportButtons query={query} />}
      </div>
      <Card padded={false} className="p-4 sm:p-5">
        <RunFilters search={search} onChange={onChange} wizards={wizards.data} />
      </Card>
      <Card padded={false} className="overflow-hidden">
        {runs.isPending ? (
          <LoadingRows />
        ) : runs.isError ? (
          <div role="alert" className="space-y-3 px-5 py-8 text-center">
            <p className="font-medium text-danger">The runs could not be loaded.</p>
            <p className="text-sm text-fg-muted">{runs.error.message}</p>
            <Button variant="secondary" size="sm" onClick={() => void runs.refetch()}>
              Try again
            </Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="space-y-2 px-5 py-12 text-center">
            {hasFilters(search) ? (
              <>
                <p className="font-medium">No runs match these filters.</p>
                <p className="text-sm text-fg-muted">Change the filters or clear them to see every run.</p>
              </>
            ) : (
              <>
                <p className="font-medium">No runs yet.</p>
                <p className="text-sm text-fg-muted">
                  Runs appear here as soon as someone starts a wizard.{' '}
                  <Link
                    to="/"
                    className={cx('rounded font-medium text-accent-text hover:underline', focusRing)}
                  >
                    Start one from the templates
                  </Link>
                  .
                </p>
              </>
            )}
          </div>
        ) : (
          <RunTable runs={rows} starred={starred} />
        )}
      </Card>
      {runs.hasNextPage && (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            disabled={runs.isFetchingNextPage}
            onClick={() => void runs.fetchNextPage()}
          >
            {runs.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
      <p role="status" className="sr-only">
        {runs.isSuccess ? `${rows.length} runs shown${runs.hasNextPage ? ', more available' : ''}` : ''}
      </p>
    </div>
  );
}
