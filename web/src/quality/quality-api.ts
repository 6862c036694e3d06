import { api } from '../api/http';

/** A criterion's score (0–10) with its reason. */
export interface Score {
  score: number;
  reason: string;
}

/** A test suite of a sidekick. */
export interface Suite {
  id: string;
  name: string;
  created_at: string;
}

/** A case: question, expected facts, sources (document ids) and tone. */
export interface QualityCase {
  id: string;
  question: string;
  expected_facts: string[];
  expected_sources: string[];
  expected_tone: string;
}

/** A case's editable fields. */
export type CaseFields = Omit<QualityCase, 'id'>;

/** An answer of a run with its citations and scores. */
export interface Result {
  case_id: string;
  question: string;
  answer: string;
  citations: Array<{ document_id: string; title: string; page: number | null; quote: string }>;
  scores: Record<string, Score>;
  overall: number;
  passed: boolean;
  error: string | null;
}

/** A run of a suite, with its progress and means per criterion. */
export interface QualityRun {
  id: string;
  suite_id: string;
  status: 'queued' | 'running' | 'finished' | 'failed';
  judge: 'llm' | 'deterministic';
  judge_label: string;
  prompt: { layer: string; number: number } | null;
  label: string;
  gated: boolean;
  done: number;
  total: number;
  means: Record<string, number>;
  overall: number | null;
  passed: number;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** The dashboard of a suite. */
export interface Dashboard {
  runs: QualityRun[];
  worst: Result[];
  worst_run_id: string | null;
}

/** Two runs side by side. */
export interface Comparison {
  a: QualityRun;
  b: QualityRun;
  cases: Array<{ case_id: string; question: string; a: Result | null; b: Result | null }>;
}

const base = (sidekickId: string) => `/api/v1/sidekicks/${sidekickId}/quality`;

export const listSuites = (sidekickId: string) =>
  api<{ items: Array<Suite & { cases: number }> }>(`${base(sidekickId)}/suites`).then((r) => r.items);

export const createSuite = (sidekickId: string, name: string) =>
  api<Suite & { cases: QualityCase[] }>(`${base(sidekickId)}/suites`, { body: { name, starter: true } });

export const getSuite = (sidekickId: string, suiteId: string) =>
  api<Suite & { cases: QualityCase[] }>(`${base(sidekickId)}/suites/${suiteId}`);

export const addCase = (sidekickId: string, suiteId: string, fields: CaseFields) =>
  api<QualityCase>(`${base(sidekickId)}/suites/${suiteId}/cases`, { body: fields });

export const updateCase = (sidekickId: string, suiteId: string, caseId: string, fields: CaseFields) =>
  api<QualityCase>(`${base(sidekickId)}/suites/${suiteId}/cases/${caseId}`, {
    method: 'PATCH',
    body: fields,
  });

export const deleteCase = (sidekickId: string, suiteId: string, caseId: string) =>
  api<void>(`${base(sidekickId)}/suites/${suiteId}/cases/${caseId}`, { method: 'DELETE' });

export const startRun = (sidekickId: string, suiteId: string, prompt?: { layer: string; number: number }) =>
  api<QualityRun>(`${base(sidekickId)}/suites/${suiteId}/runs`, { body: prompt ? { prompt } : {} });

export const getDashboard = (sidekickId: string, suiteId: string) =>
  api<Dashboard>(`${base(sidekickId)}/suites/${suiteId}/dashboard`);

export const compareRuns = (sidekickId: string, a: string, b: string) =>
  api<Comparison>(`${base(sidekickId)}/compare?a=${a}&b=${b}`);

/** A gate on a prompt version: its suite must pass these minimum scores before it is activated. */
export interface Gate {
  layer: string;
  number: number;
  suite_id: string;
  thresholds: Record<string, number>;
  min_pass_rate: number;
}

export const listGates = (sidekickId: string) =>
  api<{ items: Gate[] }>(`${base(sidekickId)}/gates`).then((r) => r.items);

export const setGate = (sidekickId: string, gate: Gate) =>
  api<Gate>(`${base(sidekickId)}/gates/${gate.layer}/${gate.number}`, {
    method: 'PUT',
    body: { suite_id: gate.suite_id, thresholds: gate.thresholds, min_pass_rate: gate.min_pass_rate },
  });

export const deleteGate = (sidekickId: string, layer: string, number: number) =>
  api<void>(`${base(sidekickId)}/gates/${layer}/${number}`, { method: 'DELETE' });
