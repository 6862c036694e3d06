import { useEffect, useRef, type ReactNode } from 'react';
import type { RunController } from './run-controller';

/** The screen after a run is completed: a confirmation, a summary of the answers, and optional actions. */
export function CompletionScreen({ run, actions }: { run: RunController; actions?: ReactNode }) {
  const snapshot = run.snapshot!;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const answered = snapshot.fields.filter((f) => f.visible && f.answered);
  return (
    <div className="space-y-8 py-2 text-center">
      <div className="mx-auto flex size-14 items-center justify-center rounded-full bg-success-soft text-success ring-8 ring-success-soft/50">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-7"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        >
          <path strokeLinecap="round" strokeLinejoin="round" d="m5 12.5 4.5 4.5L19 7.5" />
        </svg>
      </div>
      <div className="space-y-2">
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight focus:outline-none">
          All done — thank you!
        </h2>
        <p className="text-fg-muted">Your answers to “{run.definition.name}” have been received.</p>
      </div>
      <dl className="mx-auto max-w-md divide-y divide-line rounded-xl border border-line text-left text-sm">
        {answered.map((f) => (
          <div key={f.name} className="flex justify-between gap-4 px-4 py-2.5">
            <dt className="text-fg-muted">{f.label}</dt>
            <dd className="text-right font-medium break-words">{f.display}</dd>
          </div>
        ))}
      </dl>
      {actions && <div className="flex justify-center gap-3">{actions}</div>}
    </div>
  );
}
