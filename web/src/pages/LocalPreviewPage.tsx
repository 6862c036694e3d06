import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { useLocalPreview } from '../guide/useLocalPreview';
import { Player } from '../player/Player';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';

/** A local run of one wizard with the in-browser guide beside it; remounted to start over. */
function PreviewRun({ definition, onRestart }: { definition: WizardDefinition; onRestart: () => void }) {
  const { run, guide } = useLocalPreview(definition);
  return (
    <Player
      run={run}
      guide={{ ...guide, subtitle: `Guide · ${definition.name}` }}
      completionActions={
        <Button variant="secondary" onClick={onRestart}>
          Start over
        </Button>
      }
    />
  );
}

export interface LocalPreviewPageProps {
  definition: WizardDefinition;
  /** Names what is previewed (a built-in's slug, a template's id): a new one starts a new run. */
  previewId: string;
  /** Where the "← Templates" link leads. */
  backTo: '/' | '/templates';
}

/**
 * A page previewing a wizard in the browser (see `useLocalPreview`): its name with a "Preview" badge, a link
 * back to the templates, and "Restart", which starts a new run, as does "Start over" once it is completed.
 */
export function LocalPreviewPage({ definition, previewId, backTo }: LocalPreviewPageProps) {
  const [attempt, setAttempt] = useState(0);
  const restart = () => setAttempt((n) => n + 1);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <Link to={backTo} className="text-sm text-fg-muted hover:text-fg">
            ← Templates
          </Link>
          <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight">
            {definition.name}
            <Badge tone="accent">Preview</Badge>
          </h1>
        </div>
        <Button variant="secondary" size="sm" onClick={restart}>
          Restart
        </Button>
      </div>
      <PreviewRun key={`${previewId}-${attempt}`} definition={definition} onRestart={restart} />
    </div>
  );
}
