import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '../ui/Badge';
import { Panel } from '../ui/Panel';
import { Select } from '../ui/Select';
import { StatTile } from '../ui/StatTile';
import { CompareChart, CriteriaChart, criterionLabel, VersionChart } from './charts';
import { compareRuns, type Dashboard as DashboardData, type QualityRun, type Result } from './quality-api';

/** How a run reads in a picker: "#3 system v2 · 7.9". */
const runOption = (run: QualityRun, i: number) =>
  `#${i + 1} ${run.label}${run.gated ? ' (gate)' : ''} · ${run.overall ?? '–'}`;

/**
 * The quality dashboard of a suite: score per criterion per run, overall score per prompt version over time,
 * the latest run's worst cases with their answers, and two runs compared.
 */
export function Dashboard({ sidekickId, data }: { sidekickId: string; data: DashboardData }) {
  const finished = data.runs.filter((r) => r.status === 'finished');
  if (finished.length === 0)
    return <p className="text-sm text-fg-muted">No finished run yet: run the suite to see its scores.</p>;
  const latest = finished.at(-1)!;
  return (
    <div className="space-y-5" data-testid="quality-dashboard">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <StatTile label="Latest overall" value={`${latest.overall ?? '–'} / 10`} />
        <StatTile label="Cases passed" value={`${latest.passed} / ${latest.total}`} />
        <StatTile label="Runs" value={String(finished.length)} />
        <StatTile
          label="Judge"
          value={latest.judge === 'llm' ? 'LLM' : 'Metrics'}
          hint={latest.judge_label}
        />
      </dl>
      <Panel
        level={3}
        title="Score per criterion per run"
        description={`Mean of each criterion over the cases, 0–10 (${latest.judge_label}).`}
      >
        <CriteriaChart runs={finished} />
      </Panel>
      <Panel
        level={3}
        title="Per prompt version over time"
        description="Overall score of each run, one line per prompt version."
      >
        <VersionChart runs={finished} />
      </Panel>
      <Panel level={3} title="Worst cases" description="The latest run's lowest-scoring answers.">
        <WorstCases results={data.worst} />
      </Panel>
      {finished.length >= 2 && (
        <Panel
          level={3}
          title="Compare two versions"
          description="Pick two runs, e.g. of two prompt versions."
        >
          <Comparison sidekickId={sidekickId} runs={finished} />
        </Panel>
      )}
    </div>
  );
}

/** Results with their answer, scores and the reason of each. */
function WorstCases({ results }: { results: Result[] }) {
  return (
    <ul className="space-y-3">
      {results.map((r) => (
        <li
          key={r.case_id}
          data-testid="worst-case"
          className="space-y-1 rounded-lg border border-line p-3 text-sm"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={r.passed ? 'success' : 'danger'}>{r.passed ? 'passed' : 'failed'}</Badge>
            <span className="font-medium break-words">{r.question}</span>
            <span className="ml-auto tabular-nums text-fg-muted">{r.overall} / 10</span>
          </div>
          <p className="whitespace-pre-wrap break-words text-fg-muted">{r.answer || '(no answer)'}</p>
          {r.error && <p className="text-danger">{r.error}</p>}
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {Object.entries(r.scores).map(([c, s]) => (
              <li key={c} title={s.reason}>
                {criterionLabel(c)}: <span className="font-semibold tabular-nums">{s.score}</span>{' '}
                <span className="text-fg-subtle">({s.reason})</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Two runs picked from the list, compared per criterion and per case. */
function Comparison({ sidekickId, runs }: { sidekickId: string; runs: QualityRun[] }) {
  const [a, setA] = useState(runs.at(-2)!.id);
  const [b, setB] = useState(runs.at(-1)!.id);
  const compared = useQuery({
    queryKey: ['quality', sidekickId, 'compare', a, b],
    queryFn: () => compareRuns(sidekickId, a, b),
  });
  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label className="min-w-0 text-sm">
      <span className="mb-1 block text-fg-muted">{label}</span>
      <Select aria-label={label} value={value} onChange={(e) => set(e.target.value)} className="max-w-full">
        {runs.map((r, i) => (
          <option key={r.id} value={r.id}>
            {runOption(r, i)}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        {picker('Run A', a, setA)}
        {picker('Run B', b, setB)}
      </div>
      {compared.data && (
        <>
          <CompareChart a={compared.data.a} b={compared.data.b} />
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-fg-subtle">
                <tr>
                  <th className="py-1 pr-2 font-medium">Case</th>
                  <th className="py-1 pr-2 font-medium">A</th>
                  <th className="py-1 font-medium">B</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {compared.data.cases.map((c) => (
                  <tr key={c.case_id}>
                    <td className="py-1 pr-2 break-words">{c.question}</td>
                    <td className="py-1 pr-2 tabular-nums">{c.a?.overall ?? '–'}</td>
                    <td className="py-1 tabular-nums">{c.b?.overall ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
