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
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { FieldType, Step, WizardDefinition } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { cx, focusRing } from '../ui/cx';
import { FieldList } from './FieldList';
import { IconButton } from './IconButton';
import { DownIcon, GripIcon, HistoryIcon, PlusIcon, SettingsIcon, UpIcon } from './icons';
import type { ProblemIndex } from './problem-paths';
import { ProblemCount, problemWords } from './ProblemCount';
import { selectedStep, type Selection } from './selection';

export interface StepOutlineProps {
  draft: WizardDefinition;
  index: ProblemIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onMoveStep: (from: number, to: number) => void;
  onAddStep: () => void;
  onAddField: (step: number, type: FieldType) => void;
  /** How many published versions exist (shown beside "Version history"). */
  versionCount: number;
  readOnly: boolean;
}

/** Unique sortable ids for the steps (step ids may clash while a draft has a duplicate-id problem). */
export function sortableIds(steps: Step[]): string[] {
  const seen = new Set<string>();
  return steps.map((step, i) => {
    const id = seen.has(step.id) ? `${step.id}#${i}` : step.id;
    seen.add(step.id);
    return id;
  });
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

function OutlineButton(props: {
  selected: boolean;
  onClick: () => void;
  icon: React.ReactNode;
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

interface SortableStepProps {
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
  children: React.ReactNode;
}

function SortableStep({
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
