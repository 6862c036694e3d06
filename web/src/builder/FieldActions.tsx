import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { ActionsMenu, type MenuAction } from '../ui/ActionsMenu';
import { duplicateField, moveField, moveFieldToStep } from './draft-edit';
import { IconButton } from './IconButton';
import { DownIcon, DuplicateIcon, MoveToIcon, TrashIcon, UpIcon } from './icons';
import type { Selection } from './selection';

export interface FieldActionsProps {
  draft: WizardDefinition;
  /** The selected field: its step's index and its index in the step (0-based). */
  step: number;
  field: number;
  edit: (update: (draft: WizardDefinition) => WizardDefinition) => void;
  onSelect: (selection: Selection) => void;
  /** Asks to delete the field (the pane confirms first). */
  onDelete: () => void;
}

/**
 * The selected field's header actions: move up / down in its step, move to the end of another step (a menu
 * of the other steps by number and title), duplicate and delete. The selection follows the moved field and
 * goes to the copy.
 */
export function FieldActions({ draft, step: si, field: fi, edit, onSelect, onDelete }: FieldActionsProps) {
  const step = draft.steps[si]!;
  const field = step.fields[fi]!;
  const move = (to: number) => {
    edit((d) => moveField(d, si, fi, to));
    onSelect({ kind: 'field', step: si, field: to });
  };
  const apply = (result: { draft: WizardDefinition; index: number }, toStep: number) => {
    edit(() => result.draft);
    onSelect({ kind: 'field', step: toStep, field: result.index });
  };
  const moveTo: MenuAction[] = draft.steps.flatMap((s, i) =>
    i === si
      ? []
      : [
          {
            label: `Step ${i + 1}: ${s.title || 'Untitled'}`,
            onSelect: () => apply(moveFieldToStep(draft, si, fi, i), i),
          },
        ],
  );
  return (
    <>
      <IconButton label={`Move field “${field.label}” up`} disabled={fi === 0} onClick={() => move(fi - 1)}>
        <UpIcon />
      </IconButton>
      <IconButton
        label={`Move field “${field.label}” down`}
        disabled={fi === step.fields.length - 1}
        onClick={() => move(fi + 1)}
      >
        <DownIcon />
      </IconButton>
      {moveTo.length > 0 && (
        <ActionsMenu
          label={`Move field “${field.label}” to step…`}
          icon={<MoveToIcon />}
          placement="below"
          actions={moveTo}
        />
      )}
      <IconButton
        label={`Duplicate field “${field.label}”`}
        onClick={() => apply(duplicateField(draft, si, fi), si)}
      >
        <DuplicateIcon />
      </IconButton>
      <IconButton label={`Delete field “${field.label}”`} onClick={onDelete}>
        <TrashIcon />
      </IconButton>
    </>
  );
}
