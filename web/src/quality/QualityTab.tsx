import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import { listVersions } from '../chat/prompts-api';
import { Button } from '../ui/Button';
import { Select } from '../ui/Select';
import { Dashboard } from './Dashboard';
import { createSuite, getDashboard, listSuites, startRun, type QualityRun } from './quality-api';
import { GatePanel } from './GatePanel';
import { SuiteEditor } from './SuiteEditor';
import { DETERMINISTIC_CRITERIA, LLM_CRITERIA } from '../../../src/core/quality';

/** How often a running suite's progress is polled, in ms. */
const POLL_MS = 700;

/**
 * A sidekick's Quality tab: its test suite (a starter suite generated from its documents on first use), the
 * suite editor, "Run suite" against the active prompts or a chosen version with progress, and the dashboard.
 */
export function QualityTab({ sidekickId }: { sidekickId: string }) {
  const queryClient = useQueryClient();
  const suites = useQuery({
    queryKey: ['quality', sidekickId, 'suites'],
    queryFn: () => listSuites(sidekickId),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const suiteId = chosen ?? suites.data?.[0]?.id ?? null;
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof ApiProblem ? e.detail : 'that did not work; try again');
  const create = useMutation({
    mutationFn: () => createSuite(sidekickId, `Starter suite ${(suites.data?.length ?? 0) + 1}`),
    onSuccess: (suite) => {
      setChosen(suite.id);
      setError(null);
      return queryClient.invalidateQueries({ queryKey: ['quality', sidekickId] });
    },
    onError: fail,
  });
  if (suites.isPending) return <p className="text-sm text-fg-muted">Loading…</p>;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        {suites.data && suites.data.length > 0 && (
          <label className="text-sm">
            <span className="mb-1 block text-fg-muted">Suite</span>
            <Select aria-label="Suite" value={suiteId ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {suites.data.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.cases} cases)
                </option>
              ))}
            </Select>
          </label>
        )}
        <Button
          variant={suiteId ? 'secondary' : 'primary'}
          onClick={() => create.mutate()}
          disabled={create.isPending}
        >
          {create.isPending ? 'Generating…' : 'Generate a starter suite'}
        </Button>
      </div>
      {!suiteId && (
        <p className="text-sm text-fg-muted">
          No test suite yet. A starter suite asks 15 questions generated from this sidekick&apos;s documents.
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      {suiteId && <SuiteRuns key={suiteId} sidekickId={sidekickId} suiteId={suiteId} />}
    </div>
  );
}

/** "Run suite" with its progress, the dashboard and the editor of one suite. */
function SuiteRuns({ sidekickId, suiteId }: { sidekickId: string; suiteId: string }) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const versions = useQuery({ queryKey: ['prompts', sidekickId], queryFn: () => listVersions(sidekickId) });
  const dashboard = useQuery({
    queryKey: ['quality', sidekickId, 'dashboard', suiteId],
    queryFn: () => getDashboard(sidekickId, suiteId),
    refetchInterval: (query) =>
      query.state.data?.runs.some((r) => r.status === 'queued' || r.status === 'running') ? POLL_MS : false,
  });
  const run = useMutation({
    mutationFn: () => {
      const [layer, number] = version.split(':');
      return startRun(sidekickId, suiteId, layer ? { layer, number: Number(number) } : undefined);
    },
    onSuccess: () => {
      setError(null);
      return queryClient.invalidateQueries({ queryKey: ['quality', sidekickId, 'dashboard', suiteId] });
    },
    onError: (e) => setError(e instanceof ApiProblem ? e.detail : 'the run did not start; try again'),
  });
  const active = dashboard.data?.runs.find((r) => r.status === 'queued' || r.status === 'running');
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <label className="min-w-0 text-sm">
          <span className="mb-1 block text-fg-muted">Prompt version</span>
          <Select
            aria-label="Prompt version"
            value={version}
            onChange={(e) => setVersion(e.target.value)}
            className="max-w-full"
          >
            <option value="">Active prompts</option>
            {versions.data?.map((v) => (
              <option key={`${v.layer}:${v.number}`} value={`${v.layer}:${v.number}`}>
                {v.layer} v{v.number}
                {v.active ? ' (active)' : ''}
                {v.note ? ` – ${v.note}` : ''}
              </option>
            ))}
          </Select>
        </label>
        <Button onClick={() => run.mutate()} disabled={run.isPending || !!active}>
          Run suite
        </Button>
      </div>
      {active && (
        <div className="space-y-1" data-testid="run-progress">
          <p className="text-sm">
            Running {active.label}: {active.done} of {active.total} cases
          </p>
          <progress className="h-2 w-full accent-accent" max={active.total} value={active.done} />
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      {dashboard.data && <Dashboard sidekickId={sidekickId} data={dashboard.data} />}
      <section className="space-y-3">
        <h3 className="font-semibold">Activation gate</h3>
        <p className="text-sm text-fg-muted">
          A gated prompt version is activated only when this suite passes against it.
        </p>
        <GatePanel sidekickId={sidekickId} suiteId={suiteId} criteria={criteriaOf(dashboard.data?.runs)} />
      </section>
      <section className="space-y-3">
        <h3 className="font-semibold">Test cases</h3>
        <SuiteEditor sidekickId={sidekickId} suiteId={suiteId} />
      </section>
    </div>
  );
}

/** The criteria the latest run scored; with no run, both judges' criteria. */
function criteriaOf(runs: QualityRun[] | undefined): string[] {
  const latest = runs?.filter((r) => r.status === 'finished').at(-1);
  if (latest) return Object.keys(latest.means).sort();
  return [...LLM_CRITERIA, ...DETERMINISTIC_CRITERIA];
}
