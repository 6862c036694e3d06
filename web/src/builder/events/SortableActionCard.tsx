import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { ACTION_TYPE_LABELS } from '../../../../src/core/actions/labels';
import { cx, focusRing } from '../../ui/cx';
import { IconButton } from '../IconButton';
import { GripIcon, TrashIcon } from '../icons';
import { ProblemCount } from '../ProblemCount';
import { ActionEditor, type ActionEditorProps } from './ActionEditor';

/** Props of {@link SortableActionCard}. */
export interface SortableActionCardProps extends ActionEditorProps {
  /** The dnd-kit sortable id. */
  id: string;
  /** 1-based place in the event's list (the order actions run in). */
  position: number;
  readOnly: boolean;
  onRemove: () => void;
}

/**
 * One action of an event: a drag handle (dnd-kit `useSortable`; Space picks it up, arrows move it, Space
 * drops it), its place, type, name and problem count on a button that opens its {@link ActionEditor}, and
 * a button that removes it.
 */
export function SortableActionCard({ id, position, readOnly, onRemove, ...editor }: SortableActionCardProps) {
  const { action, problems } = editor;
  const [open, setOpen] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id, disabled: readOnly });
  const type = ACTION_TYPE_LABELS[action.type];
  const title = action.name ?? action.id;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cx('rounded-lg border border-line bg-surface', isDragging && 'z-10 shadow-lg')}
    >
      <div className="flex items-center gap-1 px-2 py-1.5">
        {!readOnly && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Reorder action “${title}”`}
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
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className={cx(
            'flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-1 text-left text-sm hover:bg-surface-hover',
            focusRing,
          )}
        >
          <span className="text-xs text-fg-subtle tabular-nums">{position}.</span>{' '}
          <span className="min-w-0 flex-1 truncate font-medium text-fg">{title}</span>{' '}
          <span className="shrink-0 text-[11px] text-fg-subtle">
            {type}
            {action.is_async ? ' · background' : ''}
          </span>
          <ProblemCount count={problems.length} />
        </button>
        {!readOnly && (
          <IconButton label={`Remove action “${title}”`} onClick={onRemove}>
            <TrashIcon />
          </IconButton>
        )}
      </div>
      {open && (
        <div className="border-t border-line p-3">
          <ActionEditor {...editor} />
        </div>
      )}
    </li>
  );
}
