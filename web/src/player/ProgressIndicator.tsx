import type { RunSnapshot } from '../../../src/core/wizard/snapshot';
import { cx } from '../ui/cx';

/**
 * Where the run stands: "Step 2 of 4" with a bar that counts steps (the steps before the current one out of
 * all steps shown; full on the review page), the required answers given ("3 of 5 required answered"), and,
 * from the `sm` breakpoint, the list of steps (skipped ones left out).
 */
export function ProgressIndicator({ snapshot }: { snapshot: RunSnapshot }) {
  const open = snapshot.steps.filter((s) => !s.skipped);
  const index = snapshot.is_review ? open.length : open.findIndex((s) => s.current);
  const { answered, required } = snapshot.progress;
  const percent = open.length === 0 ? 0 : Math.round((Math.max(0, index) / open.length) * 100);
  const label = snapshot.is_review ? 'Review' : `Step ${index + 1} of ${open.length}`;
  // Up to five steps fit with their titles; beyond that only the current one keeps its title.
  const compact = open.length > 5;
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between text-sm">
        <span className="font-medium text-fg">{label}</span>
        {required > 0 && (
          <span className="text-fg-muted tabular-nums">
            {answered} of {required} required answered
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-label="Steps done"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label}, ${Math.max(0, index)} of ${open.length} steps done`}
        className="h-1.5 overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className="h-full rounded-full bg-accent transition-[width] duration-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      <ol className="hidden gap-2 sm:flex" aria-label="Steps">
        {open.map((step, i) => {
          const done = i < index;
          return (
            <li
              key={step.id}
              aria-current={step.current ? 'step' : undefined}
              title={step.title}
              className={cx(
                'flex min-w-0 items-center gap-2 text-xs',
                compact && !step.current ? 'flex-none' : 'flex-1',
                step.current ? 'font-semibold text-fg' : done ? 'text-fg-muted' : 'text-fg-subtle',
              )}
            >
              <span
                aria-hidden="true"
                className={cx(
                  'flex size-5 shrink-0 items-center justify-center rounded-full text-[10px] font-semibold',
                  step.current
                    ? 'bg-accent text-accent-fg'
                    : done
                      ? 'bg-accent-soft text-accent-text'
                      : 'bg-surface-muted text-fg-subtle ring-1 ring-line',
                )}
              >
                {done ? '✓' : i + 1}
              </span>
              <span className={cx('truncate', compact && !step.current && 'sr-only')}>{step.title}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
