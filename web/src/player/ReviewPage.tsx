import { useEffect, useRef } from 'react';
import { Button } from '../ui/Button';
import { Badge } from '../ui/Badge';
import type { RunController } from './run-controller';

/**
 * The review page after the last step: every answered field grouped by step, each step with an Edit
 * button that jumps back to it, and the button that completes the run.
 */
export function ReviewPage({ run }: { run: RunController }) {
  const snapshot = run.snapshot!;
  const { settings } = run.definition;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const steps = snapshot.steps.filter((s) => !s.skipped);

  return (
    <div className="space-y-8">
      <header className="space-y-1.5">
        <h2
          ref={heading}
          tabIndex={-1}
          className="text-xl font-semibold tracking-tight focus:outline-none sm:text-2xl"
        >
          {settings.review_title}
        </h2>
        {settings.review_instruction && <p className="text-fg-muted">{settings.review_instruction}</p>}
      </header>
      <div className="divide-y divide-line rounded-xl border border-line">
        {steps.map((step) => {
          const fields = snapshot.fields.filter((f) => f.step_id === step.id && f.visible);
          return (
            <section key={step.id} aria-labelledby={`review-${step.id}`} className="px-4 py-4 sm:px-5">
              <div className="mb-3 flex items-center justify-between gap-3">
                <h3 id={`review-${step.id}`} className="text-sm font-semibold text-fg">
                  {step.title}
                </h3>
                {settings.allow_back && (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => void run.goTo(step.id)}
                    aria-label={`Edit ${step.title}`}
                  >
                    Edit
                  </Button>
                )}
              </div>
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[minmax(8rem,1fr)_2fr]">
                {fields.map((f) => (
                  <div key={f.name} className="contents">
                    <dt className="text-fg-muted">{f.label}</dt>
                    <dd className="flex flex-wrap items-center gap-2 font-medium break-words text-fg">
                      {f.answered ? (
                        f.display
                      ) : (
                        <span className="font-normal text-fg-subtle">Not answered</span>
                      )}
                      {f.provenance?.source === 'guide' && <Badge tone="guide">by guide</Badge>}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      {run.problems.length > 0 && (
        <div role="alert" className="rounded-lg bg-danger-soft px-4 py-3 text-sm text-danger">
          {run.problems.map((p) => p.message).join('. ')}
        </div>
      )}
      <div className="flex items-center justify-between gap-3 border-t border-line pt-6">
        {settings.allow_back ? (
          <Button variant="ghost" onClick={() => void run.previous()}>
            ← Back
          </Button>
        ) : (
          <span />
        )}
        <Button size="lg" onClick={() => void run.complete()}>
          Submit
        </Button>
      </div>
    </div>
  );
}
