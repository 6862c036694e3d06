import { JUDGE_LABELS, type QualityJudge, type QualityRunStatus } from '../../core/quality.js';
import type { QualityResultRecord, QualityRunRecord } from '../../db/quality-runs.js';
import type { QualityCaseRecord, QualitySuiteRecord } from '../../db/quality-suites.js';
import type { StoredCitation } from '../../db/schema-chat.js';
import type { StoredScore } from '../../db/schema-quality.js';
import { round } from './metrics.js';

/** How the quality API shows suites, cases, runs and results. */

/** A suite as the API shows it. */
export interface SuiteView {
  id: string;
  name: string;
  created_at: string;
}

/** A case as the API shows it. */
export interface CaseView {
  id: string;
  question: string;
  expected_facts: string[];
  expected_sources: string[];
  expected_tone: string;
}

/** A result as the API shows it. */
export interface ResultView {
  case_id: string;
  question: string;
  answer: string;
  citations: StoredCitation[];
  scores: Record<string, StoredScore>;
  overall: number;
  passed: boolean;
  error: string | null;
}

/** A run as the API shows it: progress (done of total) and, once it has results, the mean per criterion. */
export interface RunView {
  id: string;
  suite_id: string;
  status: QualityRunStatus;
  judge: QualityJudge;
  judge_label: string;
  prompt: { layer: string; number: number } | null;
  prompt_versions: Record<string, number | null>;
  /** What the run was run against, for charts: "system v3", or the active versions. */
  label: string;
  gated: boolean;
  done: number;
  total: number;
  /** Criterion → mean score (0–10) over the cases judged. */
  means: Record<string, number>;
  overall: number | null;
  passed: number;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

export function suiteView(row: QualitySuiteRecord): SuiteView {
  return { id: row.id, name: row.name, created_at: row.createdAt.toISOString() };
}

export function caseView(row: QualityCaseRecord): CaseView {
  return {
    id: row.id,
    question: row.question,
    expected_facts: row.expectedFacts,
    expected_sources: row.expectedSources,
    expected_tone: row.expectedTone,
  };
}

export function resultView(row: QualityResultRecord): ResultView {
  return {
    case_id: row.caseId,
    question: row.question,
    answer: row.answer,
    citations: row.citations,
    scores: row.scores,
    overall: row.overall,
    passed: row.passed,
    error: row.error,
  };
}

/** A run with its progress and means computed from `results` (or only the count `done` of them). */
export function runView(row: QualityRunRecord, results: QualityResultRecord[] | number): RunView {
  const list = typeof results === 'number' ? [] : results;
  const sums = new Map<string, number[]>();
  for (const r of list)
    for (const [criterion, s] of Object.entries(r.scores))
      sums.set(criterion, [...(sums.get(criterion) ?? []), s.score]);
  const means = Object.fromEntries([...sums].map(([c, v]) => [c, mean(v)]));
  const judged = list.filter((r) => !r.error);
  return {
    id: row.id,
    suite_id: row.suiteId,
    status: row.status,
    judge: row.judge,
    judge_label: JUDGE_LABELS[row.judge],
    prompt: row.promptLayer && row.promptNumber ? { layer: row.promptLayer, number: row.promptNumber } : null,
    prompt_versions: row.promptVersions,
    label: runLabel(row),
    gated: row.gated,
    done: typeof results === 'number' ? results : list.length,
    total: row.total,
    means,
    overall: list.length ? mean(list.map((r) => r.overall)) : null,
    passed: list.filter((r) => r.passed).length,
    error:
      row.error ??
      (list.length > judged.length ? `${list.length - judged.length} cases failed to judge` : null),
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
  };
}

/** "system v3" for a run against a version; the non-default active versions ("system v2, judge v1") otherwise. */
export function runLabel(
  row: Pick<QualityRunRecord, 'promptLayer' | 'promptNumber' | 'promptVersions'>,
): string {
  if (row.promptLayer && row.promptNumber) return `${row.promptLayer} v${row.promptNumber}`;
  const saved = Object.entries(row.promptVersions).filter(([, n]) => n !== null);
  return saved.length ? saved.map(([layer, n]) => `${layer} v${n}`).join(', ') : 'default prompts';
}

function mean(values: number[]): number {
  return round(values.reduce((a, b) => a + b, 0) / values.length);
}
