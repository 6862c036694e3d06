import { cx } from '../ui/cx';
import { saveStatusText, type AutosaveSnapshot } from './autosave';

const DOT: Record<AutosaveSnapshot['status'], string> = {
  saved: 'bg-success',
  pending: 'bg-warning',
  saving: 'bg-accent animate-pulse',
  error: 'bg-danger',
};

/**
 * The autosave status ("Saving…", "All changes saved", "Save failed: <detail>", "Unsaved changes") in a
 * polite live region, with a Retry button after a failure.
 */
export function SaveIndicator({ save, onRetry }: { save: AutosaveSnapshot; onRetry: () => void }) {
  const text = saveStatusText(save);
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      <span aria-hidden="true" className={cx('size-2 shrink-0 rounded-full', DOT[save.status])} />
      <span
        role="status"
        aria-live="polite"
        title={text}
        className={cx('min-w-0 truncate', save.status === 'error' ? 'text-danger' : 'text-fg-muted')}
      >
        {text}
      </span>
      {save.status === 'error' && (
        <button
          type="button"
          onClick={onRetry}
          className="shrink-0 rounded text-sm font-medium text-accent-text underline-offset-2 hover:underline"
        >
          Retry
        </button>
      )}
    </div>
  );
}
