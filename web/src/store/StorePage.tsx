import { useAuth } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { SignInPrompt } from '../run-list/SignInPrompt';
import { SavedRunCard } from './SavedRunCard';
import { useSavedRuns } from './saved-runs';

/**
 * `/store` ("My store"): the runs the caller starred, most recently starred first, each with its note
 * (editable inline), "Open" (the run's detail) and "Unstar"; an empty state explains how to star a run.
 */
export function StorePage() {
  const { me, loading } = useAuth();
  const saved = useSavedRuns(!!me);
  if (loading) return null;
  if (!me) return <SignInPrompt what="your store" />;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">My store</h1>
        <p className="text-sm text-fg-muted">The runs you starred, with your notes. Only you see them.</p>
      </div>
      {saved.isPending ? (
        <div role="status" aria-label="Loading your starred runs" className="grid gap-4 md:grid-cols-2">
          {[0, 1].map((i) => (
            <div key={i} className="h-40 animate-pulse rounded-2xl bg-surface-muted" />
          ))}
        </div>
      ) : saved.isError ? (
        <Card role="alert" className="space-y-3 text-center">
          <p className="font-medium text-danger">Your starred runs could not be loaded.</p>
          <p className="text-sm text-fg-muted">{saved.error.message}</p>
          <Button variant="secondary" size="sm" onClick={() => void saved.refetch()}>
            Try again
          </Button>
        </Card>
      ) : saved.data.length === 0 ? (
        <Card className="mx-auto max-w-xl space-y-3 text-center">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mx-auto size-10 text-fg-subtle">
            <path
              fill="none"
              stroke="currentColor"
              strokeWidth="1.2"
              strokeLinejoin="round"
              d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.6L10 14.7l-5.1 2.7 1-5.6-4.1-4 5.7-.8L10 1.8z"
            />
          </svg>
          <h2 className="text-lg font-semibold">No starred runs yet</h2>
          <p className="text-sm text-fg-muted">
            Open a run from the Runs page and choose “Star this run” to keep it here with a note — a lead to
            call back, an answer to check, a run to show the team.
          </p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {saved.data.map((entry) => (
            <li key={entry.run.id}>
              <SavedRunCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
