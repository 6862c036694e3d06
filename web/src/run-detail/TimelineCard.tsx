import type { RunEvent } from '../../../src/core/events/run-events';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { Badge, type BadgeTone } from '../ui/Badge';
import { Card } from '../ui/Card';
import { cx } from '../ui/cx';
import { formatDateTime } from '../run-list/format';
import { timelineEntries, type TimelineEntry } from './timeline';

const ACTOR_TONES: Record<RunEvent['actor'], BadgeTone> = {
  form: 'neutral',
  guide: 'guide',
  action: 'accent',
  agent: 'accent',
  system: 'neutral',
};

const DOTS: Record<TimelineEntry['tone'], string> = {
  neutral: 'bg-line-strong',
  success: 'bg-success',
  warning: 'bg-warning',
  danger: 'bg-danger',
};

/** The run's event log as a timeline of sentences: who changed what, and when. */
export function TimelineCard({
  events,
  definition,
}: {
  events: ReadonlyArray<{ seq: number; event: RunEvent }>;
  definition: WizardDefinition | undefined;
}) {
  const entries = timelineEntries(events, definition);
  return (
    <Card padded={false} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="border-b border-line px-5 py-4 font-semibold">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="px-5 py-4 text-sm text-fg-muted">Nothing has happened in this run yet.</p>
      ) : (
        <ol className="px-5 py-4">
          {entries.map((entry, i) => (
            <li key={entry.seq} className="relative flex gap-3 pb-4 last:pb-0">
              {i < entries.length - 1 && (
                <span aria-hidden="true" className="absolute top-4 bottom-0 left-[5px] w-px bg-line" />
              )}
              <span
                aria-hidden="true"
                className={cx('mt-1.5 size-[11px] shrink-0 rounded-full', DOTS[entry.tone])}
              />
              <div className="min-w-0 flex-1 space-y-0.5">
                <p className="text-sm">
                  <span className="font-medium">{entry.sentence}</span>
                </p>
                {entry.detail && <p className="text-xs break-words text-fg-muted">{entry.detail}</p>}
                <p className="flex flex-wrap items-center gap-2 text-xs text-fg-subtle">
                  <Badge tone={ACTOR_TONES[entry.actor]}>{entry.actorLabel}</Badge>
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
