import { useState, type ReactNode } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { duplicateStep, fieldsExcept, removeField, removeStep, replaceField, updateStep } from './draft-edit';
import { FieldActions } from './FieldActions';
import { FIELD_TYPE_LABELS } from './field-defaults';
import { FieldEditor } from './fields/FieldEditor';
import { PaneHeader } from './PaneHeader';
import { EventsPanel } from './events/EventsPanel';
import { DuplicateIcon, TrashIcon } from './icons';
import type { ProblemIndex } from './problem-paths';
import type { EventScope as EventScopeProp } from './events/event-edits';
import type { Selection } from './selection';
import { StepEditor } from './StepEditor';
import { WizardSettingsEditor } from './WizardSettingsEditor';

export interface EditorPaneProps {
  draft: WizardDefinition;
  index: ProblemIndex;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  edit: (update: (draft: WizardDefinition) => WizardDefinition) => void;
  /** Rendered for the history selection. */
  history: ReactNode;
  /** The wizard's id and saving the draft now: what the Events panel's action tests need. */
  wizardId: string;
  flush: () => Promise<boolean>;
  readOnly?: boolean;
}

const isEventProblem = (p: { path: string }) => p.path === 'events' || p.path.startsWith('events.');

/** The middle pane: the editor of what the outline selected, with its actions (move, duplicate, delete). */
export function EditorPane({
  draft,
  index,
  selection,
  onSelect,
  edit,
  history,
  wizardId,
  flush,
  readOnly = false,
}: EditorPaneProps) {
  const [confirm, setConfirm] = useState<{
    title: string;
    description: string;
    label: string;
    run: () => void;
  }>();

  const eventProblems = index.wizard.filter(isEventProblem);
  const events = (scope: EventScopeProp) => (
    <EventsPanel
      scope={scope}
      draft={draft}
      problems={eventProblems}
      edit={edit}
      readOnly={readOnly}
      test={{ wizardId, flush }}
    />
  );
  let body: ReactNode;
  if (selection.kind === 'history') body = history;
  else if (selection.kind === 'wizard')
    body = (
      <>
        <PaneHeader eyebrow="Wizard" title="Settings" />
        <WizardSettingsEditor
          draft={draft}
          problems={index.wizard.filter((p) => !isEventProblem(p))}
          onChange={edit}
        />
        <div className="mt-6">{events({ kind: 'wizard' })}</div>
      </>
    );
  else if (selection.kind === 'step' && draft.steps[selection.step]) {
    const si = selection.step;
    const step = draft.steps[si]!;
    body = (
      <>
        <PaneHeader
          eyebrow={`Step ${si + 1} of ${draft.steps.length}`}
          title={step.title}
          actions={
            <>
              <Button
                variant="ghost"
                size="sm"
                icon={<DuplicateIcon />}
                onClick={() => {
                  const copied = duplicateStep(draft, si);
                  edit(() => copied.draft);
                  onSelect({ kind: 'step', step: copied.index });
                }}
              >
                Duplicate step
              </Button>
              <Button
                variant="ghost"
                size="sm"
                icon={<TrashIcon />}
                disabled={draft.steps.length === 1}
                title={draft.steps.length === 1 ? 'A wizard needs at least one step' : undefined}
                onClick={() =>
                  setConfirm({
                    title: `Delete step “${step.title}”?`,
                    description: `Its ${step.fields.length} field${step.fields.length === 1 ? '' : 's'} go with it. Conditions that read them will be listed as problems.`,
                    label: 'Delete step',
                    run: () => {
                      edit((d) => removeStep(d, si));
                      onSelect({ kind: 'step', step: Math.max(0, si - 1) });
                    },
                  })
                }
              >
                Delete step
              </Button>
            </>
          }
        />
        <StepEditor
          key={si}
          step={step}
          problems={index.step(si)}
          conditionFields={fieldsExcept(draft, (_, s) => s === si)}
          onChange={(patch) => edit((d) => updateStep(d, si, patch))}
        />
        <div className="mt-6">{events({ kind: 'step', stepId: step.id })}</div>
      </>
    );
  } else if (selection.kind === 'field' && draft.steps[selection.step]?.fields[selection.field]) {
    const { step: si, field: fi } = selection;
    const step = draft.steps[si]!;
    const field = step.fields[fi]!;
    const stepLabel = `Step ${si + 1}`;
    const typeLabel = FIELD_TYPE_LABELS[field.type];
    body = (
      <>
        <PaneHeader
          eyebrow={[
            stepLabel,
            ...(step.title && step.title !== stepLabel ? [step.title] : []),
            typeLabel,
          ].join(' · ')}
          title={field.label}
          actions={
            <FieldActions
              draft={draft}
              step={si}
              field={fi}
              edit={edit}
              onSelect={onSelect}
              onDelete={() =>
                setConfirm({
                  title: `Delete field “${field.label}”?`,
                  description:
                    'Answers to it in future runs are lost. Conditions that read it will be listed as problems.',
                  label: 'Delete field',
                  run: () => {
                    edit((d) => removeField(d, si, fi));
                    onSelect({ kind: 'step', step: si });
                  },
                })
              }
            />
          }
        />
        <FieldEditor
          key={`${si}-${fi}`}
          field={field}
          conditionFields={fieldsExcept(draft, (f) => f === field)}
          problems={index.field(si, fi)}
          onChange={(next) => edit((d) => replaceField(d, si, fi, next))}
        />
        <div className="mt-6">{events({ kind: 'field', field })}</div>
      </>
    );
  } else
    body = (
      <p className="py-10 text-center text-sm text-fg-muted">Select a step or a field in the outline.</p>
    );

  return (
    <>
      {body}
      <ConfirmDialog
        open={confirm !== undefined}
        title={confirm?.title ?? ''}
        description={confirm?.description}
        confirmLabel={confirm?.label}
        onCancel={() => setConfirm(undefined)}
        onConfirm={() => {
          confirm?.run();
          setConfirm(undefined);
        }}
      />
    </>
  );
}
