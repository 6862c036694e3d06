import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';
import { isApiProblem } from '../../api/problem';
import { testAction, type ActionTestResult } from '../../connections/connections-api';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../controls';
import { PlayIcon } from '../icons';
import { readJsonObject, sampleValuesText } from './sample-values';

/** Props of {@link ActionTestPanel}. */
export interface ActionTestPanelProps {
  wizardId: string;
  eventId: string;
  actionId: string;
  draft: WizardDefinition;
  /** Saves the draft now; resolves true once every edit is on the server (the test runs the saved draft). */
  flush: () => Promise<boolean>;
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0 space-y-1">
      <p className="text-xs font-medium text-fg-muted">{label}</p>
      <pre className="max-h-60 overflow-auto rounded-md bg-surface-muted p-2 font-mono text-xs whitespace-pre-wrap text-fg">
        {value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/**
 * Runs one action on sample values (`POST /api/v1/wizards/:id/actions/:actionId/test`, after saving the
 * draft) and shows what its log recorded: succeeded or failed, how long it took, its input, its output or
 * error, and what it would change in a run (no run is touched).
 */
export function ActionTestPanel({ wizardId, eventId, actionId, draft, flush }: ActionTestPanelProps) {
  const [values, setValues] = useState(() => sampleValuesText(draft));
  const [payload, setPayload] = useState('');
  const [inputError, setInputError] = useState<{ values?: string; payload?: string }>({});
  const run = useMutation({
    mutationFn: async (sample: { values: Record<string, unknown>; event: Record<string, unknown> }) => {
      if (!(await flush()))
        throw new Error('the draft could not be saved; fix the problems shown and try again');
      return testAction(wizardId, actionId, { ...sample, event_id: eventId });
    },
  });

  function onTest() {
    const v = readJsonObject(values);
    const p = readJsonObject(payload);
    setInputError({
      values: 'error' in v ? `Sample values ${v.error}` : undefined,
      payload: 'error' in p ? `The payload ${p.error}` : undefined,
    });
    if ('value' in v && 'value' in p) run.mutate({ values: v.value, event: p.value });
  }

  const result: ActionTestResult | undefined = run.data;
  return (
    <div className="space-y-3 rounded-lg border border-dashed border-line-strong p-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextAreaField
          label="Sample values"
          description="The run's answers the templates see as values."
          rows={5}
          spellCheck={false}
          className="font-mono text-xs"
          value={values}
          onChange={(e) => setValues(e.target.value)}
          problems={inputError.values ? [inputError.values] : undefined}
        />
        <TextAreaField
          label="Trigger payload (optional)"
          description='What the templates see as event, e.g. { "option": "fr" }.'
          rows={5}
          spellCheck={false}
          className="font-mono text-xs"
          value={payload}
          onChange={(e) => setPayload(e.target.value)}
          problems={inputError.payload ? [inputError.payload] : undefined}
        />
      </div>
      <Button variant="secondary" size="sm" icon={<PlayIcon />} onClick={onTest} disabled={run.isPending}>
        {run.isPending ? 'Testing…' : 'Test'}
      </Button>
      {run.isError && (
        <p role="alert" className="text-sm text-danger">
          The test did not run: {isApiProblem(run.error) ? run.error.detail : run.error.message}
        </p>
      )}
      {result && (
        <section aria-label="Test result" className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={result.status === 'succeeded' ? 'success' : 'danger'}>
              {result.status === 'succeeded' ? 'Succeeded' : 'Failed'}
            </Badge>
            <span className="text-fg-muted">in {result.duration_ms} ms</span>
            <span className="font-mono text-xs text-fg-subtle">log {result.log_id}</span>
          </p>
          {result.error && (
            <p className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">{result.error}</p>
          )}
          <div className="grid gap-2 @lg:grid-cols-2">
            <Json label="Input" value={result.input} />
            <Json label="Output" value={result.output} />
          </div>
          {result.would_apply !== null && result.would_apply !== undefined && (
            <Json label="What it would change in a run" value={result.would_apply} />
          )}
        </section>
      )}
    </div>
  );
}
