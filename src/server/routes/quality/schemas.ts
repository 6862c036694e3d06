import { z } from 'zod';
import { QUALITY_CRITERIA, QUALITY_JUDGES, QUALITY_RUN_STATUSES } from '../../../core/quality.js';
import { VERSIONED_LAYERS } from '../../../sidekicks/chat/prompt-layers.js';
import { MAX_QUESTION_CHARS, SidekickParams } from '../chat/schemas.js';

/** Request and response schemas of the quality routes. */

const uuid = (what: string) => z.uuid({ error: `must be ${what} id (a uuid)` });

export const SuiteParams = SidekickParams.extend({ suiteId: uuid('a suite') });
export const CaseParams = SuiteParams.extend({ caseId: uuid('a case') });
export const RunParams = SidekickParams.extend({ runId: uuid('a run') });
export const GateParams = SidekickParams.extend({
  layer: z.enum(VERSIONED_LAYERS),
  number: z.coerce.number().int().min(1),
});

const Name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const CreateSuiteBody = z.strictObject({
  name: Name,
  starter: z
    .boolean()
    .default(true)
    .describe("generate 15 starter cases from the sidekick's documents (default) or start empty"),
});
export const RenameSuiteBody = z.strictObject({ name: Name });

const Phrase = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');
const CaseFields = {
  question: z
    .string()
    .trim()
    .min(1, 'must ask something')
    .max(MAX_QUESTION_CHARS, `must be at most ${MAX_QUESTION_CHARS} characters`),
  expected_facts: z.array(Phrase).max(20, 'at most 20 facts'),
  expected_sources: z.array(uuid('a document')).max(20, 'at most 20 sources'),
  expected_tone: z.string().trim().max(200, 'must be at most 200 characters'),
};
export const CaseBody = z.strictObject({
  question: CaseFields.question,
  expected_facts: CaseFields.expected_facts.default([]),
  expected_sources: CaseFields.expected_sources.default([]),
  expected_tone: CaseFields.expected_tone.default(''),
});
export const CasePatchBody = z
  .strictObject({
    question: CaseFields.question.optional(),
    expected_facts: CaseFields.expected_facts.optional(),
    expected_sources: CaseFields.expected_sources.optional(),
    expected_tone: CaseFields.expected_tone.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { error: 'must change at least one field' });

export const StartRunBody = z
  .strictObject({
    prompt: z
      .strictObject({ layer: z.enum(VERSIONED_LAYERS), number: z.number().int().min(1) })
      .optional()
      .describe(
        'the prompt version to run against (the other layers active); the active versions without it',
      ),
  })
  .nullish();

export const CompareQuery = z.object({ a: uuid('a run'), b: uuid('a run') });
export const RunsQuery = z.object({ suite_id: uuid('a suite').optional() });

export const GateBody = z.strictObject({
  suite_id: uuid('a suite'),
  thresholds: z
    .partialRecord(z.enum(QUALITY_CRITERIA), z.number().min(0).max(10))
    .refine((t) => Object.keys(t).length > 0, { error: 'must set at least one threshold' })
    .describe('criterion → minimum score (0–10) for a case to pass'),
  min_pass_rate: z.number().min(0).max(1).default(1).describe('share of cases that must pass (0–1)'),
});

const Score = z.object({ score: z.number(), reason: z.string() });
const Citation = z.object({
  document_id: z.string(),
  title: z.string(),
  page: z.number().int().nullable(),
  quote: z.string(),
});

export const SuiteSchema = z.object({ id: z.string(), name: z.string(), created_at: z.string() });
export const CaseSchema = z.object({
  id: z.string(),
  question: z.string(),
  expected_facts: z.array(z.string()),
  expected_sources: z.array(z.string()),
  expected_tone: z.string(),
});
export const SuiteWithCasesSchema = SuiteSchema.extend({ cases: z.array(CaseSchema) });
export const ResultSchema = z.object({
  case_id: z.string(),
  question: z.string(),
  answer: z.string(),
  citations: z.array(Citation),
  scores: z.record(z.string(), Score),
  overall: z.number(),
  passed: z.boolean(),
  error: z.string().nullable().describe('why the case failed to answer or judge (a judge answering garbage)'),
});
export const RunSchema = z.object({
  id: z.string(),
  suite_id: z.string(),
  status: z.enum(QUALITY_RUN_STATUSES),
  judge: z.enum(QUALITY_JUDGES),
  judge_label: z.string(),
  prompt: z.object({ layer: z.string(), number: z.number().int() }).nullable(),
  prompt_versions: z.record(z.string(), z.number().int().nullable()),
  label: z.string(),
  gated: z.boolean(),
  done: z.number().int().describe('cases answered and scored so far'),
  total: z.number().int(),
  means: z.record(z.string(), z.number()).describe('criterion → mean score (0–10)'),
  overall: z.number().nullable(),
  passed: z.number().int(),
  error: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
});
export const RunWithResultsSchema = RunSchema.extend({ results: z.array(ResultSchema) });
export const GateSchema = z.object({
  layer: z.string(),
  number: z.number().int(),
  suite_id: z.string(),
  thresholds: z.record(z.string(), z.number()),
  min_pass_rate: z.number(),
});
