import { useId, type ReactNode } from 'react';

/** Ids a labelled control needs: its own id, what describes it, and whether it is invalid. */
export interface ControlIds {
  id: string;
  describedBy?: string;
  invalid?: true;
}

/** Props of {@link Labelled}; `children` renders the control from the ids it is given. */
export interface LabelledProps {
  label: string;
  /** A hint under the label. */
  description?: string;
  /** Problems with this value, shown under the control. */
  problems?: string[];
  /** Hide the label visually (it stays the control's accessible name). */
  hideLabel?: boolean;
  /** Words read before the label by screen readers only ("Option 2" before "label"), for repeated groups. */
  srPrefix?: string;
  children: (ids: ControlIds) => ReactNode;
}

/**
 * Label, hint, control and problems wired together: the label points at the control (`htmlFor`), the hint
 * and the problems describe it (`aria-describedby`) and problems set `aria-invalid`. The shell of
 * `TextField` and of the builder's editor controls.
 */
export function Labelled({
  label,
  description,
  problems = [],
  hideLabel,
  srPrefix,
  children,
}: LabelledProps) {
  const id = useId();
  const describedBy = [description && `${id}-hint`, problems.length > 0 && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'block text-sm font-medium text-fg'}>
        {srPrefix && <span className="sr-only">{srPrefix}</span>}
        {srPrefix && ' '}
        {label}
      </label>
      {description && (
        <p id={`${id}-hint`} className="text-xs text-fg-subtle">
          {description}
        </p>
      )}
      {children({
        id,
        describedBy: describedBy || undefined,
        invalid: problems.length > 0 ? true : undefined,
      })}
      {problems.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {problems.join('; ')}
        </p>
      )}
    </div>
  );
}
