import type { QualityResultRecord, QualityRunRecord } from '../../db/quality-runs.js';
import { resultView, runView, type ResultView, type RunView } from './views.js';

/** What the quality dashboard and the comparison of two runs show, computed from stored runs and results. */

/** Results the dashboard shows as the worst cases. */
const WORST = 5;

/** A suite's dashboard. */
export interface DashboardView {
  /** Oldest first, with their means (the charts: per criterion per run, per prompt version over time). */
  runs: RunView[];
  /** The latest finished run's worst results: failed first, then lowest overall. */
  worst: ResultView[];
  worst_run_id: string | null;
}

/** Two runs side by side, with both results of each case (null where a run has none). */
export interface ComparisonView {
  a: RunView;
  b: RunView;
  cases: Array<{ case_id: string; question: string; a: ResultView | null; b: ResultView | null }>;
}

/** The dashboard of runs given oldest first with their results. */
export function dashboardOf(
  runs: Array<{ run: QualityRunRecord; results: QualityResultRecord[] }>,
): DashboardView {
  const latest = runs.filter((r) => r.run.status === 'finished').at(-1);
  const worst = [...(latest?.results ?? [])]
    .sort((a, b) => Number(a.passed) - Number(b.passed) || a.overall - b.overall)
    .slice(0, WORST);
  return {
    runs: runs.map((r) => runView(r.run, r.results)),
    worst: worst.map(resultView),
    worst_run_id: latest?.run.id ?? null,
  };
}

/** Two runs (with their results) compared case by case. */
export function comparisonOf(
  left: RunView & { results: ResultView[] },
  right: RunView & { results: ResultView[] },
): ComparisonView {
  const { results: leftResults, ...a } = left;
  const { results: rightResults, ...b } = right;
  const ids = [...new Set([...leftResults, ...rightResults].map((r) => r.case_id))];
  return {
    a,
    b,
    cases: ids.map((id) => {
      const l = leftResults.find((r) => r.case_id === id) ?? null;
      const r = rightResults.find((x) => x.case_id === id) ?? null;
      return { case_id: id, question: (l ?? r)!.question, a: l, b: r };
    }),
  };
}
