import type { LanguageModel } from 'ai';
import type { QualityCriterion } from '../../core/quality.js';
import type { Db } from '../../db/client.js';
import { listPromptVersions } from '../../db/prompts.js';
import * as runs from '../../db/quality-runs.js';
import { listCases, type QualityCaseRecord } from '../../db/quality-suites.js';
import type { StoredScore } from '../../db/schema-quality.js';
import { getSidekick, type SidekickRecord } from '../../db/sidekicks.js';
import type { Answer } from '../chat/embedded-answerer.js';
import { DEFAULT_TEMPLATES, PROMPT_LAYERS, type PromptLayer } from '../chat/prompt-layers.js';
import type { ChatService } from '../chat/service.js';
import { DEFAULT_JUDGE_TEMPLATE, judgeAnswer } from './judge.js';
import { deterministicScores, round } from './metrics.js';

/**
 * Runs a quality run: answers each case of its suite with the prompt versions the run names, scores the answer
 * (the LLM judge, or the deterministic metrics) and stores the result at once. Cases already stored are skipped,
 * so a run resumed after a crash (the queue retries its job) loses nothing and repeats nothing.
 */

/** What running a suite needs. */
export interface RunnerDeps {
  db: Db;
  chat: ChatService;
  /** The language model of a tenant, or null (no LLM). */
  model: (tenantId: string) => Promise<LanguageModel | null>;
}

/** Minimum score (0–10) of every criterion for a case to pass, outside a gate's own thresholds. */
export const DEFAULT_THRESHOLD = 5;

/** Whether scores pass `thresholds` (criterion → minimum; a criterion not scored is not checked). */
export function passes(
  scores: Record<string, StoredScore>,
  thresholds: Partial<Record<string, number>>,
): boolean {
  return Object.entries(scores).every(([criterion, s]) => s.score >= (thresholds[criterion] ?? -Infinity));
}

/** The default thresholds: DEFAULT_THRESHOLD for every criterion scored. */
export function defaultThresholds(scores: Record<string, StoredScore>): Record<string, number> {
  return Object.fromEntries(Object.keys(scores).map((c) => [c, DEFAULT_THRESHOLD]));
}

/**
 * Runs (or resumes) run `runId` to its end; nothing for a run that is gone or ended. Answering or judging
 * failures fail their case with the reason; an error of the database propagates (the job is retried).
 */
export async function executeRun(deps: RunnerDeps, runId: string): Promise<void> {
  const run = await runs.getRunById(deps.db, runId);
  if (!run || run.status === 'finished') return;
  await runs.setRunStatus(deps.db, run.id, 'running');
  const sidekick = await getSidekick(deps.db, run.tenantId, run.sidekickId);
  if (!sidekick) return runs.setRunStatus(deps.db, run.id, 'failed', 'the sidekick was deleted');
  const templates = await templatesOf(deps.db, sidekick, run.promptVersions);
  const model = run.judge === 'llm' ? await deps.model(run.tenantId) : null;
  const done = new Set((await runs.listResults(deps.db, run.id)).map((r) => r.caseId));
  for (const testCase of await listCases(deps.db, run.suiteId)) {
    if (done.has(testCase.id)) continue;
    await runs.insertResult(deps.db, {
      tenantId: run.tenantId,
      runId: run.id,
      ...(await runCase(deps, sidekick, testCase, templates, model, run.judge)),
    });
  }
  await runs.setRunStatus(deps.db, run.id, 'finished');
}

type CaseOutcome = Omit<runs.NewQualityResult, 'tenantId' | 'runId'>;

async function runCase(
  deps: RunnerDeps,
  sidekick: SidekickRecord,
  testCase: QualityCaseRecord,
  templates: RunTemplates,
  model: LanguageModel | null,
  judge: 'llm' | 'deterministic',
): Promise<CaseOutcome> {
  const base = { caseId: testCase.id, question: testCase.question };
  let answer: Answer;
  try {
    answer = await deps.chat.answerQuestion(sidekick, testCase.question, templates.answer);
  } catch (error) {
    return failed(base, '', [], `answering failed: ${(error as Error).message}`);
  }
  const citations = answer.citations.map(({ document_id, title, page, quote }) => ({
    document_id,
    title,
    page,
    quote,
  }));
  let scores: Record<string, StoredScore>;
  if (judge === 'deterministic')
    scores = deterministicScores(testCase, answer) as Record<QualityCriterion, StoredScore>;
  else {
    if (!model) return failed(base, answer.text, citations, 'no LLM is configured for the judge any more');
    let verdict: Awaited<ReturnType<typeof judgeAnswer>>;
    try {
      verdict = await judgeAnswer(model, templates.judge, {
        sidekick: { name: sidekick.name },
        question: testCase.question,
        expectedFacts: testCase.expectedFacts,
        expectedTone: testCase.expectedTone,
        answer: answer.text,
        citations: answer.citations,
      });
    } catch (error) {
      return failed(base, answer.text, citations, (error as Error).message);
    }
    if ('error' in verdict) return failed(base, answer.text, citations, verdict.error);
    scores = verdict.scores;
  }
  const values = Object.values(scores).map((s) => s.score);
  return {
    ...base,
    answer: answer.text,
    citations,
    scores,
    overall: values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : 0,
    passed: passes(scores, defaultThresholds(scores)),
    error: null,
  };
}

function failed(
  base: { caseId: string; question: string },
  answer: string,
  citations: CaseOutcome['citations'],
  error: string,
): CaseOutcome {
  return { ...base, answer, citations: citations ?? [], scores: {}, overall: 0, passed: false, error };
}

interface RunTemplates {
  answer: Record<PromptLayer, string>;
  judge: string;
}

/** The templates of the versions a run names (a layer with none: its default template). */
async function templatesOf(
  db: Db,
  sidekick: SidekickRecord,
  versions: Record<string, number | null>,
): Promise<RunTemplates> {
  const saved = await listPromptVersions(db, { tenantId: sidekick.tenantId, sidekickId: sidekick.id });
  const template = (layer: string) =>
    saved.find((v) => v.layer === layer && v.number === versions[layer])?.template;
  return {
    answer: Object.fromEntries(PROMPT_LAYERS.map((l) => [l, template(l) ?? DEFAULT_TEMPLATES[l]])) as Record<
      PromptLayer,
      string
    >,
    judge: template('judge') ?? DEFAULT_JUDGE_TEMPLATE,
  };
}
