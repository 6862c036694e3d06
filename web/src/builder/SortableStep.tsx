import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import type { Step } from '../../../src/core/wizard/definition';
import { cx, focusRing } from '../ui/cx';
import { IconButton } from './IconButton';
import { DownIcon, GripIcon, UpIcon } from './icons';
import { ProblemCount, problemWords } from './ProblemCount';

/** A step row of the outline: see {@link SortableStep}. */
export interface SortableStepProps {
  id: string;
  step: Step;
  stepIndex: number;
  count: number;
  problems: number;
  selected: boolean;
  expanded: boolean;
  readOnly: boolean;
  onSelect: () => void;
  onMove: (to: number) => void;
  children: ReactNode;
}

/**
 * One step in the outline: a drag handle (dnd-kit `useSortable`; Space picks it up for keyboard moves), the
 * step's number, title and problem count (selects it), Move up / Move down buttons, and, when expanded, its
 * field list (`children`).
 */
export function SortableStep({
  id,
  step,
  stepIndex,
  count,
  problems,
  selected,
  expanded,
  readOnly,
  onSelect,
  onMove,
  children,
}: SortableStepProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id,
      disabled: readOnly,
    });
  const name = `step ${stepIndex + 1}, “${step.title}”`;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cx('relative', isDragging && 'z-10')}
    >
      <div
        className={cx(
          'group flex items-center gap-0.5 rounded-lg pr-1 transition-colors',
          selected ? 'bg-accent-soft' : 'hover:bg-surface-hover',
          isDragging && 'bg-surface shadow-lg ring-1 ring-line',
        )}
      >
        {!readOnly && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Reorder ${name}`}
            className={cx(
              'flex h-9 w-6 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-fg-subtle hover:text-fg active:cursor-grabbing',
              focusRing,
            )}
          >
            <GripIcon />
          </button>
        )}
        <button
          type="button"
          aria-current={selected ? 'true' : undefined}
          aria-label={`Step ${stepIndex + 1}: ${step.title}${problemWords(problems)}`}
          onClick={onSelect}
          className={cx(
            'flex min-w-0 flex-1 items-center gap-2 rounded-md py-2 pl-1 text-left text-sm font-medium',
            selected ? 'text-accent-text' : 'text-fg',
            readOnly && 'pl-2',
            focusRing,
          )}
        >
          <span
            aria-hidden="true"
            className={cx(
              'flex size-5 shrink-0 items-center justify-center rounded-full text-[11px] font-semibold tabular-nums',
              selected ? 'bg-accent text-accent-fg' : 'bg-surface-muted text-fg-muted',
            )}
          >
            {stepIndex + 1}
          </span>
          <span className="min-w-0 flex-1 truncate">{step.title}</span>
          <ProblemCount count={problems} />
        </button>
        {!readOnly && (
          <span
            className={cx(
              'flex shrink-0 transition-opacity',
              !selected && 'lg:opacity-0 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100',
            )}
          >
            <IconButton
              label={`Move ${name} up`}
              disabled={stepIndex === 0}
              onClick={() => onMove(stepIndex - 1)}
            >
              <UpIcon />
            </IconButton>
            <IconButton
              label={`Move ${name} down`}
              disabled={stepIndex === count - 1}
              onClick={() => onMove(stepIndex + 1)}
            >
              <DownIcon />
            </IconButton>
          </span>
        )}
      </div>
      {expanded && children}
    </li>
  );
}
