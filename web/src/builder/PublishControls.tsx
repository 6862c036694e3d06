import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { useStartRun } from '../runs/useStartRun';
import { Button } from '../ui/Button';
import {
  publishWizard,
  refusalProblems,
  startBuilderRun,
  type DraftProblem,
  type WizardDetail,
} from './builder-api';
import { PlayIcon } from './icons';

/** A refused publish: the server's detail and the problems it listed. */
export interface PublishRefusal {
  detail: string;
  problems: DraftProblem[];
}

export interface PublishButtonProps {
  wizardId: string;
  /** Problems of the draft: publishing is refused while any exists, so the button is disabled with the count. */
  problemCount: number;
  disabled?: boolean;
  /** Saves pending edits first; resolves false when saving failed. */
  flush: () => Promise<boolean>;
  onPublished: (wizard: WizardDetail, version: number) => void;
  onRefused: (refusal: PublishRefusal | null) => void;
}

/**
 * "Publish": saves pending edits, then publishes the draft as a new version (`POST /api/v1/wizards/:id/publish`).
 * Disabled, with the problem count, while the draft has problems; a server refusal (409/422) is handed to
 * `onRefused` with its problems.
 */
export function PublishButton({
  wizardId,
  problemCount,
  disabled,
  flush,
  onPublished,
  onRefused,
}: PublishButtonProps) {
  const [busy, setBusy] = useState(false);
  async function publish() {
    setBusy(true);
    onRefused(null);
    try {
      if (!(await flush())) {
        onRefused({
          detail: 'The draft could not be saved, so it was not published. See the save status.',
          problems: [],
        });
        return;
      }
      const { version, wizard } = await publishWizard(wizardId);
      onPublished(wizard, version);
    } catch (e) {
      onRefused(
        isApiProblem(e)
          ? { detail: e.detail, problems: refusalProblems(e.body) }
          : { detail: e instanceof Error ? e.message : String(e), problems: [] },
      );
    } finally {
      setBusy(false);
    }
  }
  const blocked = problemCount > 0;
  return (
    <Button
      size="sm"
      disabled={disabled || busy || blocked}
      aria-label={
        blocked ? `Publish: fix ${problemCount} problem${problemCount === 1 ? '' : 's'} first` : undefined
      }
      onClick={() => void publish()}
    >
      {busy ? 'Publishing…' : 'Publish'}
      {blocked && (
        <span className="rounded-full bg-accent-fg/20 px-1.5 text-xs tabular-nums">
          {problemCount} problem{problemCount === 1 ? '' : 's'}
        </span>
      )}
    </Button>
  );
}

/**
 * "Start a run": starts a run of the wizard's latest published version (see startBuilderRun: the guide greets)
 * and opens it at `/runs/$runId`; a refusal shows as a toast with the server's detail.
 */
export function StartFormRunButton({ wizardId, name }: { wizardId: string; name: string }) {
  const { busy, start } = useStartRun(name);
  return (
    <Button
      size="sm"
      variant="secondary"
      icon={<PlayIcon />}
      disabled={busy}
      onClick={() => void start(() => startBuilderRun(wizardId))}
    >
      {busy ? 'Starting…' : 'Start a run'}
    </Button>
  );
}
