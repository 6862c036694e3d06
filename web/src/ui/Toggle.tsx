import type { ButtonHTMLAttributes } from 'react';
import { cx, focusRing } from './cx';

export interface ToggleProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onChange'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Neither on nor off yet (an unanswered yes/no): the knob rests in the middle of a dashed, empty track. */
  unset?: boolean;
}

/**
 * An on/off switch (`role="switch"`, toggled by click, Space or Enter). Label it with `aria-labelledby`,
 * `aria-label` or a wrapping `<label>`.
 */
export function Toggle({ checked, onChange, unset = false, className, disabled, ...rest }: ToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      className={cx(
        'relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors',
        'disabled:cursor-not-allowed disabled:opacity-50',
        unset
          ? 'border border-dashed border-fg-subtle bg-surface-muted'
          : checked
            ? 'bg-accent'
            : 'bg-line-strong',
        focusRing,
        className,
      )}
      {...rest}
    >
      <span
        aria-hidden="true"
        className={cx(
          'inline-block size-5 rounded-full bg-white shadow-sm ring-1 ring-black/5 transition-transform',
          unset ? 'translate-x-2.5' : checked ? 'translate-x-5.5' : 'translate-x-0.5',
        )}
      />
    </button>
  );
}
