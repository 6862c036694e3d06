import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Field } from '../../../src/core/wizard/definition';
import { cx, focusRing } from '../ui/cx';
import { FIELD_TYPE_LABELS } from './field-defaults';
import { GripIcon } from './icons';
import { ProblemCount, problemWords } from './ProblemCount';

export interface SortableFieldRowProps {
  id: string;
  field: Field;
  problems: number;
  selected: boolean;
  readOnly: boolean;
  onSelect: () => void;
}

/**
 * One field in the outline: a drag handle (dnd-kit `useSortable`; Space picks it up, arrows move it, Space
 * drops it) and a button with its label, type and problem count that opens its editor.
 */
export function SortableFieldRow({
  id,
  field,
  problems,
  selected,
  readOnly,
  onSelect,
}: SortableFieldRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id, disabled: readOnly });
  const type = FIELD_TYPE_LABELS[field.type];
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cx(
        'relative flex items-center rounded-md',
        isDragging && 'z-10 bg-surface shadow-lg ring-1 ring-line',
      )}
    >
      {!readOnly && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Reorder field “${field.label}”`}
          className={cx(
            'flex h-7 w-4 shrink-0 cursor-grab touch-none items-center justify-center rounded text-fg-subtle hover:text-fg active:cursor-grabbing',
            focusRing,
          )}
        >
          <GripIcon />
        </button>
      )}
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        aria-label={`${field.label} (${type})${problemWords(problems)}`}
        onClick={onSelect}
        className={cx(
          'flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm transition-colors',
          selected ? 'bg-accent-soft text-accent-text' : 'text-fg-muted hover:bg-surface-hover hover:text-fg',
          focusRing,
        )}
      >
        <span className="min-w-0 flex-1 truncate">{field.label}</span>
        <span className="shrink-0 text-[11px] text-fg-subtle">{type}</span>
        <ProblemCount count={problems} />
      </button>
    </li>
  );
}
