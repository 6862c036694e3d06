import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';

/** Placeholder cards shown while the wizard list loads (hidden from screen readers; a status says "Loading"). */
export function WizardListSkeleton({ count = 6 }: { count?: number }) {
  return (
    <div>
      <p role="status" className="sr-only">
        Loading wizards…
      </p>
      <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="h-64 animate-pulse rounded-2xl border border-line bg-surface p-5">
            <div className="h-5 w-2/3 rounded bg-surface-muted" />
            <div className="mt-4 h-3 w-full rounded bg-surface-muted" />
            <div className="mt-2 h-3 w-4/5 rounded bg-surface-muted" />
            <div className="mt-6 h-14 rounded-xl bg-surface-muted" />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The list's empty state: without filters it invites creating the first wizard (`action`, for authors) and
 * points to the templates; with filters it says nothing matched and offers to clear them.
 */
export function WizardListEmpty({
  filtered,
  action,
  onClear,
}: {
  filtered: boolean;
  action?: ReactNode;
  onClear: () => void;
}) {
  const link = cx('font-medium text-accent-text hover:underline rounded-sm', focusRing);
  if (filtered)
    return (
      <Card className="text-center">
        <h2 className="text-lg font-semibold">No wizards match these filters</h2>
        <p className="mt-1 text-sm text-fg-muted">Try another name or status.</p>
        <button type="button" onClick={onClear} className={cx('mt-4 text-sm', link)}>
          Clear filters
        </button>
      </Card>
    );
  return (
    <Card className="flex flex-col items-center text-center">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12 text-accent">
        <rect x="6" y="8" width="36" height="32" rx="6" className="fill-accent-soft" />
        <path d="M14 18h20M14 24h14M14 30h8" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <h2 className="mt-4 text-lg font-semibold">Create your first wizard</h2>
      <p className="mt-1 max-w-md text-sm text-fg-muted">
        A wizard is a multi-step form your visitors fill in by typing, by chatting with its guide, or both.
        Start from a blank draft, or from a ready-made template.
      </p>
      <div className="mt-5 flex flex-wrap items-center justify-center gap-3">
        {action}
        <Link to="/templates" className={cx('text-sm', link)}>
          Browse templates
        </Link>
      </div>
    </Card>
  );
}

/** "Showing 1–12 of 30" with Previous and Next, shown when there is more than one page. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const button = cx(
    'h-8 rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium shadow-xs hover:bg-surface-hover disabled:cursor-not-allowed disabled:opacity-50',
    focusRing,
  );
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3">
      <p className="text-sm text-fg-muted">
        Showing {first}–{last} of {total}
      </p>
      <div className="flex gap-2">
        <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </button>
        <button type="button" className={button} disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </button>
      </div>
    </nav>
  );
}
