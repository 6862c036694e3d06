import { useState } from 'react';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { NoteEditor } from '../store/NoteEditor';
import { useSavedRunMutations, useSavedRuns } from '../store/saved-runs';
import { UnstarButton } from '../store/UnstarButton';

/** A star outline (filled when `filled`). */
function StarIcon({ filled }: { filled?: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={filled ? 'size-4 text-warning' : 'size-4'}>
      <path
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
        d="M10 1.8l2.5 5.2 5.7.8-4.1 4 1 5.6L10 14.7l-5.1 2.7 1-5.6-4.1-4 5.7-.8L10 1.8z"
      />
    </svg>
  );
}

/**
 * The run's place in the caller's store: "Star this run" (with a note), or the note of a starred run with
 * "Edit note" and "Unstar" (confirmed).
 */
export function StarControl({ runId }: { runId: string }) {
  const saved = useSavedRuns();
  const { save, unsave } = useSavedRunMutations();
  const [editing, setEditing] = useState(false);
  const entry = saved.data?.find((s) => s.run.id === runId);
  return (
    <Card as="aside" aria-labelledby="star-heading" className="space-y-3" padded={false}>
      <div className="space-y-3 p-5">
        <h2 id="star-heading" className="flex items-center gap-2 font-semibold">
          <StarIcon filled={!!entry} />
          {entry ? 'Starred in My store' : 'My store'}
        </h2>
        {saved.isPending ? (
          <div
            role="status"
            aria-label="Loading"
            className="h-8 w-32 animate-pulse rounded bg-surface-muted"
          />
        ) : saved.isError ? (
          <p role="alert" className="text-sm text-danger">
            Your starred runs could not be loaded: {saved.error.message}
          </p>
        ) : editing ? (
          <NoteEditor
            initial={entry?.note ?? ''}
            saveLabel={entry ? 'Save note' : 'Star run'}
            onSave={async (note) => {
              await save.mutateAsync({ runId, note });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : entry ? (
          <>
            <p className={entry.note ? 'text-sm whitespace-pre-wrap' : 'text-sm text-fg-subtle italic'}>
              {entry.note || 'No note.'}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
                Edit note
              </Button>
              <UnstarButton what="this run" onUnstar={() => unsave.mutateAsync(runId)} />
            </div>
          </>
        ) : (
          <>
            <p className="text-sm text-fg-muted">Star this run to keep it in My store with a note.</p>
            <Button variant="secondary" size="sm" icon={<StarIcon />} onClick={() => setEditing(true)}>
              Star this run
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}
