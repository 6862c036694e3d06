import type { ReactNode } from 'react';
import type { RunStatus } from '../../../src/core/wizard/run-state';
import { GuidePanel, type GuidePanelProps } from '../guide/GuidePanel';
import { Card } from '../ui/Card';
import { CompletionScreen } from './CompletionScreen';
import { ProgressIndicator } from './ProgressIndicator';
import type { RunController } from './run-controller';
import { RunActivity } from './outputs/RunActivity';
import { ReviewPage } from './ReviewPage';
import { guideAvatarUrl } from '../sidekicks/guide-avatar';
import { StepForm } from './StepForm';

export interface PlayerProps {
  run: RunController;
  /** The guide panel's conversation; without it the player is the form alone, as wide as its container. */
  guide?: Omit<GuidePanelProps, 'name' | 'className'>;
  /** Buttons under the completion screen (e.g. "Start over"). */
  completionActions?: ReactNode;
}

/**
 * The player: the wizard's form (current step, review page or completion screen, with the progress
 * indicator, and what the wizard's actions show: loading messages, messages and output renderers) and beside it — below it on phones — the guide panel. Works with any {@link RunController}.
 */
export function Player({ run, guide, completionActions }: PlayerProps) {
  const { snapshot, definition } = run;
  if (run.status === 'loading' || !snapshot)
    return (
      <p role="status" className="py-16 text-center text-fg-muted">
        {run.status === 'error' ? `This run could not be loaded: ${run.error}` : 'Loading…'}
      </p>
    );
  const completed = snapshot.status === 'completed';
  const form = (
    <Card className="min-w-0">
      {!completed && definition.settings.show_progress && (
        <div className="mb-8">
          <ProgressIndicator snapshot={snapshot} />
        </div>
      )}
      <RunActivity run={run} />
      {completed ? (
        <CompletionScreen run={run} actions={completionActions} />
      ) : snapshot.is_review ? (
        <ReviewPage run={run} />
      ) : (
        <StepForm key={snapshot.current_step_id} run={run} guideName={definition.guide.name} />
      )}
    </Card>
  );
  if (!guide) return form;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      {form}
      <GuidePanel
        name={definition.guide.name}
        avatarUrl={guideAvatarUrl(definition.guide)}
        className="max-h-[80vh] lg:sticky lg:top-20 lg:max-h-[calc(100vh-7rem)]"
        closed={closedReason(snapshot.status)}
        {...guide}
      />
    </div>
  );
}

/** Why the guide takes no more messages on a run in `status`, or undefined while it is active. */
function closedReason(status: RunStatus): string | undefined {
  if (status === 'completed') return 'This run is complete: the guide takes no more messages.';
  if (status === 'abandoned') return 'This run was abandoned: the guide takes no more messages.';
  return undefined;
}
