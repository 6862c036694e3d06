import { useEffect, useId, useState } from 'react';
import { cx, focusRing } from '../ui/cx';
import { Input } from '../ui/Input';
import { STATUS_FILTERS, type StatusFilter } from './list-search';

/** How long typing must pause before the search is applied (ms). */
export const SEARCH_DEBOUNCE_MS = 300;

const LABELS: Record<StatusFilter, string> = {
  all: 'All',
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};

/**
 * The list's filters: a name search applied {@link SEARCH_DEBOUNCE_MS} after typing pauses (`onSearch` gets
 * the trimmed text, '' for none) and the status as a group of toggle buttons (`aria-pressed`).
 */
export function WizardFilters({
  q,
  status,
  onSearch,
  onStatus,
}: {
  q: string;
  status: StatusFilter;
  onSearch: (q: string) => void;
  onStatus: (status: StatusFilter) => void;
}) {
  const id = useId();
  const [text, setText] = useState(q);
  const [shown, setShown] = useState(q);
  if (q !== shown) {
    // The URL changed from elsewhere (back button, a link): show its search.
    setShown(q);
    setText(q);
  }

  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => onSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, q, onSearch]);

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="relative w-full sm:max-w-xs">
        <label htmlFor={`${id}-q`} className="sr-only">
          Search wizards
        </label>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-fg-subtle"
        >
          <path
            fill="currentColor"
            d="M9 3.5a5.5 5.5 0 1 0 3.4 9.82l3.64 3.64a1 1 0 0 0 1.42-1.42l-3.64-3.64A5.5 5.5 0 0 0 9 3.5ZM5.5 9a3.5 3.5 0 1 1 7 0 3.5 3.5 0 0 1-7 0Z"
          />
        </svg>
        <Input
          id={`${id}-q`}
          type="search"
          placeholder="Search by name"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="pl-9"
        />
      </div>
      <div
        role="group"
        aria-label="Status"
        className="inline-flex w-full rounded-lg border border-line bg-surface-muted p-0.5 sm:w-auto"
      >
        {STATUS_FILTERS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={status === s}
            onClick={() => onStatus(s)}
            className={cx(
              'flex-1 rounded-md px-3 py-1.5 text-sm font-medium transition-colors sm:flex-none',
              focusRing,
              status === s ? 'bg-surface text-fg shadow-xs' : 'text-fg-muted hover:text-fg',
            )}
          >
            {LABELS[s]}
          </button>
        ))}
      </div>
    </div>
  );
}
