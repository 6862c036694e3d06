import type { InputHTMLAttributes } from 'react';
import { cx } from './cx';

/** Classes shared by text-like controls (inputs, selects, textareas), with the invalid state from `aria-invalid`. */
export const controlClass = cx(
  'block w-full rounded-lg border border-line-strong bg-surface px-3 text-sm text-fg shadow-xs',
  'placeholder:text-fg-subtle transition-colors',
  'hover:border-fg-subtle focus:border-accent focus:outline-none focus:ring-3 focus:ring-accent/20',
  'aria-invalid:border-danger aria-invalid:focus:ring-danger/20',
  'disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-subtle',
);

/** A single-line text input. Give it an id and a `<label htmlFor>` (see `FieldShell`). */
export function Input({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cx(controlClass, 'h-10', className)} {...rest} />;
}
