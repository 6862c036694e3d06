import { useEffect, useRef, useState, type FormEvent } from 'react';
import { referenceDateOf } from '../../../src/core/wizard/snapshot';
import { Button } from '../ui/Button';
import { FieldInput } from './FieldInput';
import type { RunController } from './run-controller';

export interface StepFormProps {
  run: RunController;
  guideName?: string;
}

/**
 * The current step of a run as a form: title, instruction, and the step's visible fields (visibility from
 * the snapshot, i.e. the step's conditions evaluated by src/core/wizard/conditions.ts on every change),
 * with Back and Next (Enter submits). A refused Next shows each field's problem and focuses the first one.
 * The step heading takes focus when the form mounts (key it by step id), so screen readers announce each step.
 */
export function StepForm({ run, guideName }: StepFormProps) {
  const snapshot = run.snapshot!;
  const step = snapshot.current_step!;
  const definition = run.definition;
  const stepDefinition = definition.steps.find((s) => s.id === step.id)!;
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [attempted, setAttempted] = useState<string | null>(null);

  // The player mounts one StepForm per step (keyed by step id), so this runs on every step change.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  const ctx = { defaultRegion: definition.settings.default_region, referenceDate: referenceDateOf(snapshot) };
  const fields = snapshot.fields.filter((f) => f.step_id === step.id && f.visible);
  const problemOf = (name: string) => run.problems.find((p) => p.field === name)?.message;
  const general = run.problems.filter((p) => !p.field || !fields.some((f) => f.name === p.field));
  const open = snapshot.steps.filter((s) => !s.skipped);
  const isFirst = open[0]?.id === step.id;
  const isLast = open[open.length - 1]?.id === step.id;
  const direct = isLast && !definition.settings.confirm_before_complete;
  const uploadFile = run.uploadFile;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = direct ? await run.complete() : await run.next();
    if (outcome.ok) return setAttempted(null);
    setAttempted(step.id);
    const first = outcome.problems.find((p) => p.field)?.field;
    requestAnimationFrame(() => {
      const target = first && form.current?.querySelector<HTMLElement>(`[name="${first}"]`);
      (target || heading.current)?.focus();
    });
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby="step-title" className="space-y-8">
      <header className="space-y-1.5">
        <h2
          id="step-title"
          ref={heading}
          tabIndex={-1}
          className="text-xl font-semibold tracking-tight text-fg focus:outline-none sm:text-2xl"
        >
          {step.title}
        </h2>
        {step.instruction && <p className="text-fg-muted">{step.instruction}</p>}
      </header>
      <div className="space-y-5">
        {fields.map((view) => {
          const declared = stepDefinition.fields.find((f) => f.name === view.name)!;
          // Options an action loaded (the field's option set) replace the declared ones.
          const field = view.options ? { ...declared, options: view.options } : declared;
          return (
            <FieldInput
              key={view.name}
              field={field}
              view={view}
              ctx={ctx}
              onCommit={(value) => void run.setField(view.name, value)}
              problem={problemOf(view.name)}
              showErrors={attempted === step.id}
              guideName={guideName}
              upload={uploadFile && ((file, onProgress) => uploadFile(view.name, file, onProgress))}
              onApply={run.apply && (() => run.apply!(view.name))}
            />
          );
        })}
      </div>
      {general.length > 0 && (
        <div role="alert" className="rounded-lg bg-danger-soft px-4 py-3 text-sm text-danger">
          {general.map((p) => p.message).join('. ')}
        </div>
      )}
      <div className="flex items-center justify-between gap-3 border-t border-line pt-6">
        {definition.settings.allow_back && !isFirst ? (
          <Button variant="ghost" onClick={() => void run.previous()}>
            ← Back
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" size="lg" className="min-w-32">
          {direct ? 'Submit' : isLast ? 'Review →' : 'Next →'}
        </Button>
      </div>
    </form>
  );
}
