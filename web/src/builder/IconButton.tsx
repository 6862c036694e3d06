import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx, focusRing } from '../ui/cx';

/** A square icon-only button; `label` is its accessible name and its tooltip. */
export function IconButton({
  label,
  children,
  className,
  ...rest
}: { label: string; children: ReactNode } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'>) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={cx(
        'inline-flex size-7 shrink-0 items-center justify-center rounded-md text-fg-muted transition-colors',
        'hover:bg-surface-hover hover:text-fg disabled:pointer-events-none disabled:opacity-35',
        focusRing,
        className,
      )}
      {...rest}
    >
      {children}
    </button>
  );
}
