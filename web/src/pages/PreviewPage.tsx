import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { useLocalGuide } from '../guide/useLocalGuide';
import { Player } from '../player/Player';
import { useLocalRun } from '../player/useLocalRun';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { builtinWizard } from '../wizards/builtin';
import { NotFoundPage } from './NotFoundPage';

/** A local run of one wizard with an in-browser guide; remounted by `PreviewPage` to start over. */
function PreviewRun({ definition, onRestart }: { definition: WizardDefinition; onRestart: () => void }) {
  const run = useLocalRun(definition);
  const guide = useLocalGuide(run.handle);
  return (
    <Player
      run={run}
      guide={{
        messages: guide.messages,
        pending: guide.pending,
        sendMessage: guide.sendMessage,
        subtitle: `Guide · ${definition.name}`,
        notice: guide.error
          ? `The guide could not start: ${guide.error}`
          : 'Preview: runs in this browser only; nothing is saved.',
      }}
      completionActions={
        <Button variant="secondary" onClick={onRestart}>
          Start over
        </Button>
      }
    />
  );
}

/**
 * `/preview/:slug`: a built-in wizard run locally with `useLocalRun` and the embedded guide in the
 * browser (`useLocalGuide`), no server involved.
 */
export function PreviewPage({ slug }: { slug: string }) {
  const [attempt, setAttempt] = useState(0);
  const definition = builtinWizard(slug);
  if (!definition) return <NotFoundPage what="wizard" />;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <Link to="/" className="text-sm text-fg-muted hover:text-fg">
            ← Templates
          </Link>
          <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight">
            {definition.name}
            <Badge tone="accent">Preview</Badge>
          </h1>
        </div>
        <Button variant="secondary" size="sm" onClick={() => setAttempt((n) => n + 1)}>
          Restart
        </Button>
      </div>
      <PreviewRun
        key={`${slug}-${attempt}`}
        definition={definition}
        onRestart={() => setAttempt((n) => n + 1)}
      />
    </div>
  );
}

/** The `/preview/$slug` route's page. */
export function PreviewRoutePage() {
  const { slug } = useParams({ from: '/preview/$slug' });
  return <PreviewPage slug={slug} />;
}
