import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { FieldType, Step, WizardDefinition } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { FieldList } from './FieldList';
import { HistoryIcon, PlusIcon, SettingsIcon } from './icons';
import { OutlineButton } from './OutlineButton';
import type { ProblemIndex } from './problem-paths';
import { selectedStep, type Selection } from './selection';
import { uniqueSortableIds } from './sortable-ids';
import { SortableStep } from './SortableStep';

export interface StepOutlineProps {
  draft: WizardDefinition;
  index: ProblemIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onMoveStep: (from: number, to: number) => void;
  onAddStep: () => void;
  onAddField: (step: number, type: FieldType) => void;
  /** Moves a field within its step. */
  onMoveField: (step: number, from: number, to: number) => void;
  /** How many published versions exist (shown beside "Version history"). */
  versionCount: number;
  readOnly: boolean;
}

/** Unique sortable ids for the steps (step ids may clash while a draft has a duplicate-id problem). */
export function sortableIds(steps: Step[]): string[] {
  return uniqueSortableIds(steps.map((step) => step.id));
}

/**
 * The builder's outline: the wizard's settings, the steps in order (drag by the handle, or with the keyboard:
 * Space on the handle picks a step up, arrows move it, Space drops it; or the Move up / Move down buttons),
 * each with its problem count, the selected step's fields, and the version history.
 */
export function StepOutline(props: StepOutlineProps) {
  const { draft, index, selection, onSelect, onMoveStep, onAddStep, readOnly } = props;
  const ids = sortableIds(draft.steps);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: string | number) => {
    const i = ids.indexOf(String(id));
    return i < 0 ? 'step' : `step ${i + 1}, “${draft.steps[i]!.title}”`;
  };
  const positionOf = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over position ${positionOf(over.id)} of ${ids.length}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)}.` : undefined,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onMoveStep(from, to);
  }

  const current = selectedStep(selection);
  return (
    <nav aria-label="Wizard outline" className="space-y-4">
      <OutlineButton
        selected={selection.kind === 'wizard'}
        onClick={() => onSelect({ kind: 'wizard' })}
        icon={<SettingsIcon />}
        label="Wizard settings"
        count={index.wizard.length}
      />
      <div>
        <h2 className="px-2 pb-1.5 text-xs font-semibold tracking-wide text-fg-subtle uppercase">Steps</h2>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                'To move this step, press Space, use the up and down arrow keys, then press Space again to drop it or Escape to cancel.',
            },
          }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={readOnly}>
            <ol className="space-y-0.5">
              {draft.steps.map((step, si) => (
                <SortableStep
                  key={ids[si]}
                  id={ids[si]!}
                  step={step}
                  stepIndex={si}
                  count={draft.steps.length}
                  problems={index.stepTotal(si)}
                  selected={selection.kind === 'step' && selection.step === si}
                  expanded={current === si}
                  readOnly={readOnly}
                  onSelect={() => onSelect({ kind: 'step', step: si })}
                  onMove={(to) => onMoveStep(si, to)}
                >
                  <FieldList
                    step={step}
                    stepIndex={si}
                    selectedField={selection.kind === 'field' ? selection.field : undefined}
                    index={index}
                    readOnly={readOnly}
                    onSelect={(field) => onSelect({ kind: 'field', step: si, field })}
                    onAdd={(type) => props.onAddField(si, type)}
                    onMove={(from, to) => props.onMoveField(si, from, to)}
                  />
                </SortableStep>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {!readOnly && (
          <Button
            variant="ghost"
            size="sm"
            icon={<PlusIcon />}
            className="mt-1 w-full justify-start"
            onClick={onAddStep}
          >
            Add step
          </Button>
        )}
      </div>
      <OutlineButton
        selected={selection.kind === 'history'}
        onClick={() => onSelect({ kind: 'history' })}
        icon={<HistoryIcon />}
        label="Version history"
        suffix={props.versionCount > 0 ? String(props.versionCount) : undefined}
      />
    </nav>
  );
}
