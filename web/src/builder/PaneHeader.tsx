import type { ReactNode } from 'react';

/** The title row of an editor: a small eyebrow line, the heading, and actions on the right. */
export function PaneHeader({
  eyebrow,
  title,
  actions,
}: {
  eyebrow: string;
  title: string;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex items-start justify-between gap-3">
      <div className="min-w-0">
        <p className="truncate text-xs font-medium text-fg-subtle">{eyebrow}</p>
        <h2 className="truncate text-lg font-semibold tracking-tight text-fg">{title || 'Untitled'}</h2>
      </div>
      {actions && <div className="flex shrink-0 items-center gap-1">{actions}</div>}
    </div>
  );
}
