import type { FieldType, Step, WizardDefinition } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { FieldList } from './FieldList';
import { HistoryIcon, PlusIcon, SettingsIcon } from './icons';
import { OutlineButton } from './OutlineButton';
import type { ProblemIndex } from './problem-paths';
import { selectedStep, type Selection } from './selection';
import { uniqueSortableIds } from './sortable-ids';
import { SortableList } from './SortableList';
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
        <SortableList
          ids={ids}
          noun="step"
          nameOf={(i) => (i < 0 ? 'step' : `step ${i + 1}, “${draft.steps[i]!.title}”`)}
          onMove={onMoveStep}
          readOnly={readOnly}
        >
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
        </SortableList>
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
