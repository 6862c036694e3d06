import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Badge } from '../ui/Badge';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';
import {
  CHANNEL_LABELS,
  formatDateTime,
  formatRelative,
  progressText,
  STATUS_LABELS,
  STATUS_TONES,
  wizardName,
} from '../run-list/format';
import type { SavedRun } from '../run-list/runs-api';
import { NoteEditor } from './NoteEditor';
import { useSavedRunMutations } from './saved-runs';
import { UnstarButton } from './UnstarButton';

/** One starred run: wizard, status, times, progress, the note (edited inline), "Open" and "Unstar". */
export function SavedRunCard({ entry }: { entry: SavedRun }) {
  const { run } = entry;
  const { save, unsave } = useSavedRunMutations();
  const [editing, setEditing] = useState(false);
  const name = wizardName(run);
  return (
    <Card
      as="article"
      padded={false}
      aria-label={`${name}, run ${run.id.slice(0, 8)}`}
      className="flex h-full flex-col"
    >
      <div className="space-y-1 px-5 pt-5">
        <div className="flex items-start justify-between gap-3">
          <h2 className="font-semibold">{name}</h2>
          <Badge tone={STATUS_TONES[run.status]}>{STATUS_LABELS[run.status]}</Badge>
        </div>
        <p className="text-xs text-fg-subtle">
          <span className="font-mono">{run.id.slice(0, 8)}</span> · {CHANNEL_LABELS[run.channel]} · started{' '}
          <time dateTime={run.created_at}>{formatDateTime(run.created_at)}</time>
          {progressText(run) ? ` · ${progressText(run)}` : ''}
        </p>
        <p className="text-xs text-fg-subtle">
          Starred <time dateTime={entry.saved_at}>{formatRelative(entry.saved_at)}</time>
        </p>
      </div>
      <div className="flex-1 px-5 py-4">
        {editing ? (
          <NoteEditor
            initial={entry.note}
            saveLabel="Save note"
            label={`Note on ${name}`}
            onSave={async (note) => {
              await save.mutateAsync({ runId: run.id, note });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <button
            type="button"
            onClick={() => setEditing(true)}
            aria-label={`Edit the note on ${name}`}
            className={cx(
              'block w-full rounded-lg border border-dashed border-line-strong px-3 py-2 text-left text-sm',
              'hover:border-fg-subtle hover:bg-surface-hover',
              entry.note ? 'whitespace-pre-wrap text-fg' : 'text-fg-subtle italic',
              focusRing,
            )}
          >
            {entry.note || 'Add a note…'}
          </button>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-5 py-3">
        <Link
          to="/runs/$runId/detail"
          params={{ runId: run.id }}
          className={cx('rounded text-sm font-medium text-accent-text hover:underline', focusRing)}
        >
          Open run
        </Link>
        {!editing && (
          <div className="flex items-center gap-2">
            <UnstarButton what={`${name} run`} onUnstar={() => unsave.mutateAsync(run.id)} />
          </div>
        )}
      </div>
    </Card>
  );
}
