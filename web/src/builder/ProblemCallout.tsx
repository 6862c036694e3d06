import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { cx, focusRing } from '../ui/cx';
import type { DraftProblem } from './builder-api';
import { IconButton } from './IconButton';
import { eventSelection } from './events/event-edits';
import { describeProblemPath, locateProblem } from './problem-paths';
import type { Selection } from './selection';

export interface ProblemCalloutProps {
  title: string;
  detail?: string;
  problems: DraftProblem[];
  /** Names the problems' places; without it the raw paths are shown. */
  definition?: WizardDefinition;
  /** Opens the editor of a problem's step or field. */
  onGo?: (selection: Selection) => void;
  onDismiss: () => void;
}

/** Where the outline should go for a problem path (an event's problem: the panel that shows the event). */
function selectionFor(path: string, definition: WizardDefinition): Selection {
  const event = /^events\.(\d+)/.exec(path);
  if (event) return eventSelection(definition, Number(event[1]));
  const target = locateProblem(path);
  if (target.kind === 'field') return { kind: 'field', step: target.step, field: target.field };
  if (target.kind === 'step') return { kind: 'step', step: target.step };
  return { kind: 'wizard' };
}

/**
 * An alert listing problems (a refused publish, a wizard file that cannot be imported), each with where it
 * is and, when `onGo` is given, a link-like button that opens its editor.
 */
export function ProblemCallout({
  title,
  detail,
  problems,
  definition,
  onGo,
  onDismiss,
}: ProblemCalloutProps) {
  return (
    <div
      role="alert"
      className="relative rounded-xl border border-danger/30 bg-danger-soft p-4 pr-12 text-sm"
    >
      <p className="font-semibold text-danger">{title}</p>
      {detail && problems.length === 0 && <p className="mt-1 text-fg">{detail}</p>}
      {problems.length > 0 && (
        <ul className="mt-2 space-y-1.5">
          {problems.map((p, i) => {
            const where = definition ? describeProblemPath(definition, p.path) : p.path;
            return (
              <li key={`${p.path}-${i}`} className="text-fg">
                {onGo && definition ? (
                  <button
                    type="button"
                    onClick={() => onGo(selectionFor(p.path, definition))}
                    className={cx('font-medium text-danger underline underline-offset-2', focusRing)}
                  >
                    {where}
                  </button>
                ) : (
                  <code className="font-medium text-danger">{where}</code>
                )}
                : {p.message}
              </li>
            );
          })}
        </ul>
      )}
      <IconButton label={`Dismiss: ${title}`} onClick={onDismiss} className="absolute top-2 right-2">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          <path
            fill="currentColor"
            d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z"
          />
        </svg>
      </IconButton>
    </div>
  );
}
