import { useId, type ReactElement, type ReactNode } from 'react';
import { cx } from './cx';

export interface TooltipProps {
  content: ReactNode;
  /** The element the tooltip describes; it receives focus, so wrap a focusable element. */
  children: (describedBy: string) => ReactElement;
  side?: 'top' | 'bottom';
  /** `end` aligns the tooltip's right edge with the trigger's, for triggers near the right edge of the screen. */
  align?: 'center' | 'end';
  className?: string;
}

/**
 * A tooltip shown on hover and on keyboard focus of its trigger, linked with `aria-describedby` so screen
 * readers announce it. CSS only: no portal, no timers.
 */
export function Tooltip({ content, children, side = 'top', align = 'center', className }: TooltipProps) {
  const id = useId();
  return (
    <span className={cx('group/tip relative inline-flex', className)}>
      {children(id)}
      <span
        role="tooltip"
        id={id}
        className={cx(
          'pointer-events-none absolute z-30 w-max max-w-64 rounded-lg bg-fg px-2.5 py-1.5',
          align === 'end' ? 'right-0' : 'left-1/2 -translate-x-1/2',
          'text-xs font-medium text-canvas opacity-0 shadow-lg transition-opacity',
          'group-hover/tip:opacity-100 group-focus-within/tip:opacity-100',
          side === 'top' ? 'bottom-full mb-2' : 'top-full mt-2',
        )}
      >
        {content}
      </span>
    </span>
  );
}
