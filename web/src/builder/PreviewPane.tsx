import { useEffect, useState } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { GuidePanel } from '../guide/GuidePanel';
import { useLocalPreview } from '../guide/useLocalPreview';
import { Player } from '../player/Player';
import { Button } from '../ui/Button';
import { useVoiceCall } from '../voice/useVoiceCall';
import { RestartIcon } from './icons';
import { guideAvatarUrl } from '../sidekicks/guide-avatar';
import { structureKey } from './preview-key';

/** A local run of the draft with the in-browser guide; remounted to restart. */
function PreviewRun({ definition, onRestart }: { definition: WizardDefinition; onRestart: () => void }) {
  const { run, guide } = useLocalPreview(definition);
  const voice = useVoiceCall({
    messages: guide.messages,
    sendMessage: guide.sendMessage,
    lang: definition.settings.locale,
    gender: definition.guide.voice,
  });
  // In this narrow pane the guide goes under the form rather than beside it.
  return (
    <div className="space-y-4">
      <Player
        run={run}
        completionActions={
          <Button variant="secondary" onClick={onRestart}>
            Start over
          </Button>
        }
      />
      <GuidePanel
        name={definition.guide.name}
        avatarUrl={guideAvatarUrl(definition.guide)}
        className="h-80"
        subtitle="Preview guide"
        {...guide}
        voice={voice}
      />
    </div>
  );
}

export interface PreviewPaneProps {
  /** The draft as a publishable definition, or null while it has problems. */
  definition: WizardDefinition | null;
  problemCount: number;
}

/**
 * The live preview: the draft run in the browser with the real player and the embedded guide. It restarts by
 * itself when the draft changes structurally (a moment after the last such edit), and on "Restart preview";
 * text edits show after a restart. A draft with problems cannot run: the pane says so.
 */
export function PreviewPane({ definition, problemCount }: PreviewPaneProps) {
  const [attempt, setAttempt] = useState(0);
  const key = definition ? structureKey(definition) : '';
  const [running, setRunning] = useState<{ key: string; definition: WizardDefinition } | null>(() =>
    definition ? { key, definition } : null,
  );

  useEffect(() => {
    if (!definition || running?.key === key) return;
    const timer = setTimeout(() => setRunning({ key, definition }), 500);
    return () => clearTimeout(timer);
  }, [definition, key, running?.key]);

  const stale = definition !== null && running !== null && running.definition !== definition;
  const restart = () => {
    if (definition) setRunning({ key, definition });
    setAttempt((n) => n + 1);
  };

  return (
    <section aria-labelledby="builder-preview-title" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="builder-preview-title" className="text-sm font-semibold text-fg">
          Preview
        </h2>
        <Button variant="secondary" size="sm" icon={<RestartIcon />} onClick={restart} disabled={!definition}>
          Restart preview
        </Button>
      </div>
      {!definition || !running ? (
        <div
          role="status"
          className="rounded-2xl border border-dashed border-line-strong px-5 py-10 text-center"
        >
          <p className="font-medium text-fg">Fix the problems to preview</p>
          <p className="mt-1 text-sm text-fg-muted">
            {problemCount > 0
              ? `The draft has ${problemCount} problem${problemCount === 1 ? '' : 's'}; each is marked in the outline.`
              : 'Preparing the preview…'}
          </p>
        </div>
      ) : (
        <>
          {stale && <p className="text-xs text-fg-subtle">Text edits show in the preview after a restart.</p>}
          <PreviewRun key={`${running.key}-${attempt}`} definition={running.definition} onRestart={restart} />
        </>
      )}
    </section>
  );
}
