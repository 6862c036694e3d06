import { MockLanguageModelV3 } from 'ai/test';
import { beforeAll, expect, it } from 'vitest';
import { insertResult, insertRun, listResults, getRunById } from '../../src/db/quality-runs.js';
import { executeRun } from '../../src/sidekicks/quality/runner.js';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { uploadPdf } from '../knowledge/documents.js';
import { FIELD_GUIDE } from './helpers.js';

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};
const verdict = {
  accuracy: { score: 8, reason: 'right' },
  relevance: { score: 9, reason: 'on topic' },
  tone: { score: 7, reason: 'fine' },
  citations: { score: 6, reason: 'cited' },
};

/** A judge that answers a verdict to every other call and garbage to the rest. */
function flakyJudge(): MockLanguageModelV3 {
  let call = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: 'text', text: call++ % 2 === 0 ? JSON.stringify(verdict) : 'Looks great!!' }],
      finishReason: { unified: 'stop', raw: undefined },
      usage,
      warnings: [],
    }),
  });
}

describeEachApp('quality runner', (ctx) => {
  let owner: TestAccount;
  let sidekickId: string;
  let suiteId: string;
  let caseIds: string[];

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'runner-owner@example.com');
    sidekickId = (await ctx.app.runtime.sidekicks.create(owner.tenantId, { name: 'Helper' })).id;
    await uploadPdf(ctx.app, owner, sidekickId, FIELD_GUIDE);
    const suite = await ctx.app.runtime.quality.createSuite(owner.tenantId, sidekickId, {
      name: 'Starter',
      starter: true,
    });
    suiteId = suite.id;
    caseIds = suite.cases.map((c) => c.id);
  });

  const newRun = (judge: 'llm' | 'deterministic') =>
    insertRun(ctx.db, {
      tenantId: owner.tenantId,
      sidekickId,
      suiteId,
      judge,
      promptVersions: {},
      total: caseIds.length,
    });

  it('judges with the LLM through structured output; a judge answering garbage fails its case with the reason', async () => {
    const run = await newRun('llm');
    const judge = flakyJudge();
    await executeRun({ db: ctx.db, chat: ctx.app.runtime.chat, model: async () => judge }, run.id);

    expect((await getRunById(ctx.db, run.id))!.status).toBe('finished');
    const results = await listResults(ctx.db, run.id);
    expect(results).toHaveLength(caseIds.length);
    const [good, bad] = results;
    expect(good).toMatchObject({ scores: verdict, overall: 7.5, passed: true, error: null });
    expect(bad).toMatchObject({ scores: {}, overall: 0, passed: false });
    expect(bad!.error).toMatch(/^the judge's verdict was unusable: /);
    expect(bad!.answer.length).toBeGreaterThan(0);
    expect(judge.doGenerateCalls).toHaveLength(caseIds.length);
  });

  it('resumes a run after a crash: the cases stored before are kept, the others answered once', async () => {
    const run = await newRun('deterministic');
    await insertResult(ctx.db, {
      tenantId: owner.tenantId,
      runId: run.id,
      caseId: caseIds[0]!,
      question: 'stored before the crash',
      answer: 'stored before the crash',
      scores: {},
      overall: 5,
      passed: true,
    });
    const deps = { db: ctx.db, chat: ctx.app.runtime.chat, model: async () => null };
    await executeRun(deps, run.id);
    await executeRun(deps, run.id);
    const results = await listResults(ctx.db, run.id);
    expect(results.map((r) => r.caseId).sort()).toEqual([...caseIds].sort());
    expect(results.find((r) => r.caseId === caseIds[0])!.answer).toBe('stored before the crash');
  });
});
