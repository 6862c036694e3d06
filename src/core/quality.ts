/** The vocabulary of sidekick quality suites shared by the services, the API and the web app. */

/** What an LLM judge scores, 1–10 each. */
export const LLM_CRITERIA = ['accuracy', 'relevance', 'tone', 'citations'] as const;
/** What the deterministic metrics score with no LLM, 0–10 each (a share of 1 scaled by 10). */
export const DETERMINISTIC_CRITERIA = [
  'fact_recall',
  'citation_precision',
  'citation_recall',
  'refusal',
  'length',
] as const;
export const QUALITY_CRITERIA = [...LLM_CRITERIA, ...DETERMINISTIC_CRITERIA] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];

/** `llm`: an LLM judge; `deterministic`: metrics computed without an LLM. */
export const QUALITY_JUDGES = ['llm', 'deterministic'] as const;
export type QualityJudge = (typeof QUALITY_JUDGES)[number];

/** People's names of the criteria. */
export const CRITERION_LABELS: Record<QualityCriterion, string> = {
  accuracy: 'Accuracy',
  relevance: 'Relevance',
  tone: 'Tone',
  citations: 'Citations',
  fact_recall: 'Fact recall',
  citation_precision: 'Citation precision',
  citation_recall: 'Citation recall',
  refusal: 'Refusal',
  length: 'Length',
};

/** People's names of the judges ("labelled as such"). */
export const JUDGE_LABELS: Record<QualityJudge, string> = {
  llm: 'LLM judge',
  deterministic: 'Deterministic metrics (no LLM)',
};

/** A run's state: waiting for a worker, answering cases, done, or stopped by an error. */
export const QUALITY_RUN_STATUSES = ['queued', 'running', 'finished', 'failed'] as const;
export type QualityRunStatus = (typeof QUALITY_RUN_STATUSES)[number];
