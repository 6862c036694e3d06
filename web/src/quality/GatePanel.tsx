import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import { listVersions } from '../chat/prompts-api';
import { Button } from '../ui/Button';
import { Input } from '../ui/Input';
import { Select } from '../ui/Select';
import { criterionLabel } from './charts';
import { deleteGate, listGates, setGate } from './quality-api';

/**
 * The gates of a sidekick's prompt versions on one suite: pick a version, a minimum score per criterion (empty: not
 * checked) and the share of cases that must pass; activating that version then runs the suite first.
 */
export function GatePanel({
  sidekickId,
  suiteId,
  criteria,
}: {
  sidekickId: string;
  suiteId: string;
  /** The criteria the suite's runs score. */
  criteria: string[];
}) {
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: ['prompts', sidekickId], queryFn: () => listVersions(sidekickId) });
  const gates = useQuery({
    queryKey: ['quality', sidekickId, 'gates'],
    queryFn: () => listGates(sidekickId),
  });
  const [version, setVersion] = useState('');
  const [thresholds, setThresholds] = useState<Record<string, string>>({});
  const [passRate, setPassRate] = useState('100');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['quality', sidekickId, 'gates'] });
  const fail = (e: unknown) => setError(e instanceof ApiProblem ? e.detail : 'that did not work; try again');
  const save = useMutation({
    mutationFn: () => {
      const [layer, number] = version.split(':');
      return setGate(sidekickId, {
        layer: layer!,
        number: Number(number),
        suite_id: suiteId,
        thresholds: Object.fromEntries(
          Object.entries(thresholds)
            .filter(([, v]) => v.trim() !== '')
            .map(([c, v]) => [c, Number(v)]),
        ),
        min_pass_rate: Number(passRate) / 100,
      });
    },
    onSuccess: () => {
      setError(null);
      return refresh();
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (gate: { layer: string; number: number }) => deleteGate(sidekickId, gate.layer, gate.number),
    onSuccess: refresh,
    onError: fail,
  });
  const ofSuite = (gates.data ?? []).filter((g) => g.suite_id === suiteId);
  return (
    <div className="space-y-3 text-sm">
      <ul className="divide-y divide-line rounded-xl border border-line">
        {ofSuite.map((g) => (
          <li key={`${g.layer}:${g.number}`} className="flex flex-wrap items-center gap-2 px-3 py-2">
            <span className="font-medium">
              {g.layer} v{g.number}
            </span>
            <span className="min-w-0 break-words text-fg-muted">
              {Object.entries(g.thresholds)
                .map(([c, v]) => `${criterionLabel(c)} ≥ ${v}`)
                .join(', ')}{' '}
              on {Math.round(g.min_pass_rate * 100)}% of cases
            </span>
            <Button size="sm" variant="ghost" className="ml-auto" onClick={() => remove.mutate(g)}>
              Remove gate
            </Button>
          </li>
        ))}
        {ofSuite.length === 0 && (
          <li className="px-3 py-2 text-fg-subtle">No version is gated on this suite.</li>
        )}
      </ul>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <label className="block min-w-0">
          <span className="mb-1 block text-fg-muted">Version to gate</span>
          <Select
            aria-label="Version to gate"
            value={version}
            onChange={(e) => setVersion(e.target.value)}
            className="max-w-full"
            required
          >
            <option value="">Choose…</option>
            {versions.data?.map((v) => (
              <option key={`${v.layer}:${v.number}`} value={`${v.layer}:${v.number}`}>
                {v.layer} v{v.number}
                {v.note ? ` – ${v.note}` : ''}
              </option>
            ))}
          </Select>
        </label>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {criteria.map((c) => (
            <label key={c} className="block">
              <span className="mb-1 block text-fg-muted">{criterionLabel(c)} ≥</span>
              <Input
                type="number"
                min={0}
                max={10}
                step={0.5}
                value={thresholds[c] ?? ''}
                onChange={(e) => setThresholds((t) => ({ ...t, [c]: e.target.value }))}
              />
            </label>
          ))}
          <label className="block">
            <span className="mb-1 block text-fg-muted">Cases that must pass (%)</span>
            <Input
              type="number"
              min={0}
              max={100}
              value={passRate}
              onChange={(e) => setPassRate(e.target.value)}
            />
          </label>
        </div>
        {error && (
          <p role="alert" className="rounded-lg bg-danger/10 px-3 py-2 text-danger">
            {error}
          </p>
        )}
        <Button type="submit" size="sm" disabled={save.isPending}>
          Save gate
        </Button>
      </form>
    </div>
  );
}
