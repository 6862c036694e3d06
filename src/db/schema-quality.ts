import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, ownedBy, tenantIdColumn } from './columns.js';
import { promptVersions, type StoredCitation } from './schema-chat.js';
import { sidekicks } from './schema-sidekicks.js';

/**
 * Tables of a sidekick's answer quality: test suites and their cases, runs of a suite (against a prompt version
 * or the active ones) with every answer and its scores, and the gates that make activating a prompt version
 * depend on a suite passing.
 */

/** One criterion's score, on a 0–10 scale, with the judge's (or the metric's) reason. */
export interface StoredScore {
  score: number;
  reason: string;
}

/** Which prompt version of each layer a run used (null: the layer's default template). */
export type StoredPromptVersions = Record<string, number | null>;

/** A test suite of a sidekick. */
export const qualitySuites = pgTable(
  'quality_suites',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    sidekickId: ownedBy('sidekick_id', () => sidekicks.id),
    name: text('name').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('quality_suites_sidekick_idx').on(t.tenantId, t.sidekickId)],
);

/**
 * A case of a suite: a question, the facts (phrases) a good answer states, the documents it should cite (empty
 * with no facts: the knowledge base has nothing, and the answer should say so) and the tone it should take.
 */
export const qualityCases = pgTable(
  'quality_cases',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    suiteId: ownedBy('suite_id', () => qualitySuites.id),
    position: integer('position').notNull(),
    question: text('question').notNull(),
    expectedFacts: jsonb('expected_facts').$type<string[]>().notNull().default([]),
    expectedSources: jsonb('expected_sources').$type<string[]>().notNull().default([]),
    expectedTone: text('expected_tone').notNull().default(''),
    createdAt: createdAtColumn(),
  },
  (t) => [index('quality_cases_suite_idx').on(t.suiteId, t.position)],
);

/**
 * A run of a suite. `judge` is `llm` (accuracy, relevance, tone, citations) or `deterministic` (fact recall,
 * citation precision and recall, refusal, length). `prompt_layer`/`prompt_number` name the version it was run
 * against (null: the active ones); `prompt_versions` is what every layer used. `gated` runs were started by a
 * gated activation. Progress is the number of its results against `total`.
 */
export const qualityRuns = pgTable(
  'quality_runs',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    sidekickId: ownedBy('sidekick_id', () => sidekicks.id),
    suiteId: ownedBy('suite_id', () => qualitySuites.id),
    status: text('status').$type<'queued' | 'running' | 'finished' | 'failed'>().notNull().default('queued'),
    judge: text('judge').$type<'llm' | 'deterministic'>().notNull(),
    promptLayer: text('prompt_layer'),
    promptNumber: integer('prompt_number'),
    promptVersions: jsonb('prompt_versions').$type<StoredPromptVersions>().notNull().default({}),
    gated: boolean('gated').notNull().default(false),
    total: integer('total').notNull(),
    error: text('error'),
    createdAt: createdAtColumn(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('quality_runs_sidekick_idx').on(t.tenantId, t.sidekickId, t.createdAt),
    check('quality_runs_status_check', sql`${t.status} in ('queued', 'running', 'finished', 'failed')`),
    check('quality_runs_judge_check', sql`${t.judge} in ('llm', 'deterministic')`),
  ],
);

/**
 * The answer to one case in one run, its citations and scores (criterion → score). `passed` is false when a
 * score is under the suite's thresholds or judging failed (`error` says why). One per case and run, so a run
 * resumed after a crash skips the cases it has.
 */
export const qualityResults = pgTable(
  'quality_results',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    runId: ownedBy('run_id', () => qualityRuns.id),
    caseId: uuid('case_id').notNull(),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    citations: jsonb('citations').$type<StoredCitation[]>().notNull().default([]),
    scores: jsonb('scores').$type<Record<string, StoredScore>>().notNull().default({}),
    /** Mean of the scores, 0–10 (0 when judging failed). */
    overall: doublePrecision('overall').notNull(),
    passed: boolean('passed').notNull(),
    error: text('error'),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('quality_results_run_case_key').on(t.runId, t.caseId)],
);

/**
 * A gate on a prompt version: it may be activated only when `suite_id` passes with these per-criterion minimum
 * scores (0–10) on at least `min_pass_rate` (0–1) of its cases.
 */
export const qualityGates = pgTable('quality_gates', {
  promptVersionId: uuid('prompt_version_id')
    .primaryKey()
    .references(() => promptVersions.id, { onDelete: 'cascade' }),
  tenantId: tenantIdColumn(),
  suiteId: ownedBy('suite_id', () => qualitySuites.id),
  thresholds: jsonb('thresholds').$type<Record<string, number>>().notNull(),
  minPassRate: doublePrecision('min_pass_rate').notNull().default(1),
  createdAt: createdAtColumn(),
});
