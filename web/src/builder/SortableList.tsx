import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ReactNode } from 'react';

export interface SortableListProps {
  /** The items' sortable ids, in order (see `uniqueSortableIds`). */
  ids: string[];
  /** What one item is, in the screen reader's instructions: "step", "field". */
  noun: string;
  /** How the screen reader names the item at an index (-1 for an id it does not know), e.g. `field “Email”`. */
  nameOf: (index: number) => string;
  /** Moves the item at `from` to `to`, when one is dropped on another. */
  onMove: (from: number, to: number) => void;
  readOnly: boolean;
  /** The list itself, whose items call `useSortable` with `ids`. */
  children: ReactNode;
}

/**
 * A vertical list reordered by drag-and-drop with dnd-kit: by pointer (after 4 px, so clicks still click) or
 * by keyboard (Space picks an item up, arrows move it, Space drops it, Escape cancels), with spoken pick-up,
 * position and drop announcements. Nothing moves while `readOnly`.
 */
export function SortableList({ ids, noun, nameOf, onMove, readOnly, children }: SortableListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const indexOf = (id: UniqueIdentifier) => ids.indexOf(String(id));
  const named = (id: UniqueIdentifier) => nameOf(indexOf(id));
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${named(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${named(active.id)} is over position ${indexOf(over.id) + 1} of ${ids.length}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${named(active.id)} dropped at position ${indexOf(over.id) + 1}.` : undefined,
    onDragCancel: ({ active }) => `Moving ${named(active.id)} was cancelled.`,
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = indexOf(active.id);
    const to = indexOf(over.id);
    if (from >= 0 && to >= 0) onMove(from, to);
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: `To move this ${noun}, press Space, use the up and down arrow keys, then press Space again to drop it or Escape to cancel.`,
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={readOnly}>
        {children}
      </SortableContext>
    </DndContext>
  );
}
