import type { ReactNode } from 'react';
import { cx, focusRing } from '../ui/cx';
import { ProblemCount } from './ProblemCount';

/** A top-level entry of the outline (wizard settings, version history), marked current when selected. */
export function OutlineButton(props: {
  selected: boolean;
  onClick: () => void;
  icon: ReactNode;
  label: string;
  count?: number;
  suffix?: string;
}) {
  return (
    <button
      type="button"
      aria-current={props.selected ? 'true' : undefined}
      onClick={props.onClick}
      className={cx(
        'flex w-full items-center gap-2 rounded-lg px-2 py-2 text-left text-sm font-medium transition-colors',
        props.selected ? 'bg-accent-soft text-accent-text' : 'text-fg hover:bg-surface-hover',
        focusRing,
      )}
    >
      {props.icon}
      <span className="flex-1">{props.label}</span>
      {props.suffix && <span className="text-xs text-fg-subtle">{props.suffix}</span>}
      <ProblemCount count={props.count ?? 0} />
    </button>
  );
}
