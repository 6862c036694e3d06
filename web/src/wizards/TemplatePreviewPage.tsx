import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { isApiProblem } from '../api/problem';
import { useLocalGuide } from '../guide/useLocalGuide';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Player } from '../player/Player';
import { useLocalRun } from '../player/useLocalRun';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { fetchTemplate } from './wizard-api';

/** A local run of a template's definition with the in-browser guide; remounted to start over. */
function TemplateRun({ definition, onRestart }: { definition: WizardDefinition; onRestart: () => void }) {
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
 * `/templates/$templateId/preview`: a template that is not a built-in, loaded from
 * `GET /api/v1/templates/:id` and run in the browser (`useLocalRun` + the embedded guide); nothing is saved.
 */
export function TemplatePreviewPage() {
  const { templateId } = useParams({ from: '/templates/$templateId/preview' });
  const [attempt, setAttempt] = useState(0);
  const template = useQuery({
    queryKey: ['templates', 'one', templateId],
    queryFn: () => fetchTemplate(templateId),
  });
  if (template.isPending)
    return (
      <p role="status" className="text-fg-muted">
        Loading the template…
      </p>
    );
  if (template.isError) {
    if (isApiProblem(template.error) && template.error.status === 404)
      return <NotFoundPage what="template" />;
    return (
      <Card role="alert" className="text-center">
        <h1 className="font-semibold">The template could not be loaded</h1>
        <p className="mt-1 text-sm text-fg-muted">{template.error.message}</p>
      </Card>
    );
  }
  const definition = template.data.definition;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <Link to="/templates" className="text-sm text-fg-muted hover:text-fg">
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
      <TemplateRun
        key={`${templateId}-${attempt}`}
        definition={definition}
        onRestart={() => setAttempt((n) => n + 1)}
      />
    </div>
  );
}
