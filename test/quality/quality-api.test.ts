import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { addUser, signUp, type TestAccount } from '../server/auth-helpers.js';
import { uploadPdf } from '../knowledge/documents.js';
import { FIELD_GUIDE, finishedRun } from './helpers.js';

interface Case {
  id: string;
  question: string;
  expected_facts: string[];
  expected_sources: string[];
  expected_tone: string;
}
interface Suite {
  id: string;
  name: string;
  cases: Case[];
}
interface Result {
  case_id: string;
  answer: string;
  citations: Array<{ document_id: string }>;
  scores: Record<string, { score: number; reason: string }>;
  passed: boolean;
  error: string | null;
}
interface Run {
  id: string;
  status: string;
  judge: string;
  judge_label: string;
  label: string;
  done: number;
  total: number;
  means: Record<string, number>;
  results: Result[];
}

describeEachApp('quality API (deterministic metrics)', (ctx) => {
  let owner: TestAccount;
  let member: TestAccount;
  let stranger: TestAccount;
  let sidekickId: string;
  let documentId: string;
  let suite: Suite;
  const url = (path: string) => `/api/v1/sidekicks/${sidekickId}/quality${path}`;
  const call = (
    account: TestAccount,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    payload?: Record<string, unknown>,
  ) =>
    ctx.app.inject({
      method,
      url: url(path),
      headers: account.headers,
      ...(payload !== undefined ? { payload } : {}),
    });

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'quality-owner@example.com');
    member = await addUser(ctx.app, owner, 'quality-member@example.com', 'member');
    stranger = await signUp(ctx.app, 'quality-stranger@example.com');
    sidekickId = (
      await ctx.app.runtime.sidekicks.create(owner.tenantId, {
        name: 'Handbook Helper',
        personality_description: 'Friendly and precise. Keeps it short.',
      })
    ).id;
    documentId = await uploadPdf(ctx.app, owner, sidekickId, FIELD_GUIDE);
  });

  it('creates a starter suite generated from the documents, ending with a control case', async () => {
    const created = await call(owner, 'POST', '/suites', { name: 'Starter' });
    expect(created.statusCode).toBe(201);
    suite = created.json<Suite>();
    expect(suite.cases.length).toBeGreaterThanOrEqual(6);
    const [first] = suite.cases;
    expect(first).toMatchObject({ expected_sources: [documentId], expected_tone: 'Friendly and precise.' });
    expect(first!.expected_facts.length).toBeGreaterThan(0);
    expect(suite.cases.at(-1)).toMatchObject({ expected_facts: [], expected_sources: [] });
    const again = (await call(owner, 'POST', '/suites', { name: 'Again' })).json<Suite>();
    expect(again.cases.map((c) => c.question)).toEqual(suite.cases.map((c) => c.question));
    expect((await call(owner, 'DELETE', `/suites/${again.id}`)).statusCode).toBe(204);
    const list = (await call(member, 'GET', '/suites')).json<{
      items: Array<{ id: string; cases: number }>;
    }>();
    expect(list.items).toEqual([expect.objectContaining({ id: suite.id, cases: suite.cases.length })]);
  });

  it('edits cases, refusing bad input with the field named', async () => {
    const added = await call(owner, 'POST', `/suites/${suite.id}/cases`, {
      question: 'When do security badges expire?',
      expected_facts: ['twelve months'],
      expected_sources: [documentId],
    });
    expect(added.statusCode).toBe(201);
    const id = added.json<Case>().id;
    const changed = await call(owner, 'PATCH', `/suites/${suite.id}/cases/${id}`, { expected_tone: 'brisk' });
    expect(changed.json<Case>()).toMatchObject({
      question: 'When do security badges expire?',
      expected_tone: 'brisk',
    });

    const empty = await call(owner, 'POST', `/suites/${suite.id}/cases`, { question: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('question');
    const huge = await call(owner, 'POST', `/suites/${suite.id}/cases`, { question: 'x'.repeat(100_000) });
    expect(huge.statusCode).toBe(400);
    const foreign = await call(owner, 'POST', `/suites/${suite.id}/cases`, {
      question: 'Anything?',
      expected_sources: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json<{ invalid_params: Array<{ name: string }> }>().invalid_params[0]!.name).toBe(
      'body.expected_sources.0',
    );
    expect((await call(owner, 'PATCH', `/suites/${suite.id}/cases/${id}`, {})).statusCode).toBe(400);
    expect((await call(member, 'POST', `/suites/${suite.id}/cases`, { question: 'Hi?' })).statusCode).toBe(
      403,
    );
    suite = (await call(owner, 'GET', `/suites/${suite.id}`)).json<Suite>();
    expect(suite.cases.at(-1)!.id).toBe(id);
  });

  it('runs the suite as a job, storing every answer with its citations and deterministic scores', async () => {
    const started = await call(owner, 'POST', `/suites/${suite.id}/runs`, {});
    expect(started.statusCode).toBe(202);
    expect(started.json<Run>()).toMatchObject({ done: 0, total: suite.cases.length, judge: 'deterministic' });
    const run = await finishedRun<Run>(ctx.app, owner, sidekickId, started.json<Run>().id);
    expect(run).toMatchObject({
      status: 'finished',
      done: suite.cases.length,
      judge_label: 'Deterministic metrics (no LLM)',
      label: 'default prompts',
    });
    expect(run.results).toHaveLength(suite.cases.length);
    expect(Object.keys(run.means).sort()).toEqual([
      'citation_precision',
      'citation_recall',
      'fact_recall',
      'length',
      'refusal',
    ]);
    const badge = run.results.find((r) => r.case_id === suite.cases.at(-1)!.id)!;
    expect(badge.answer).toContain('twelve months');
    expect(badge.citations[0]!.document_id).toBe(documentId);
    expect(badge.scores.fact_recall!.score).toBe(10);
    const control = run.results.find((r) => r.case_id === suite.cases.at(-2)!.id)!;
    expect(control.scores.refusal).toEqual({ score: 10, reason: 'says plainly that it does not know' });
    expect(run.means.citation_recall).toBeGreaterThanOrEqual(8);

    const dashboard = (await call(member, 'GET', `/suites/${suite.id}/dashboard`)).json<{
      runs: Run[];
      worst: Result[];
      worst_run_id: string;
    }>();
    expect(dashboard.runs.map((r) => r.id)).toEqual([run.id]);
    expect(dashboard.worst_run_id).toBe(run.id);
    expect(dashboard.worst.length).toBeGreaterThan(0);
  });

  it('runs against a chosen prompt version and compares two runs', async () => {
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/prompts/system/versions`,
      headers: owner.headers,
      payload: { template: 'You are {{ sidekick.name }}, terse.', activate: false },
    });
    const started = await call(owner, 'POST', `/suites/${suite.id}/runs`, {
      prompt: { layer: 'system', number: 1 },
    });
    const run = await finishedRun<Run>(ctx.app, owner, sidekickId, started.json<Run>().id);
    expect(run.label).toBe('system v1');
    const missing = await call(owner, 'POST', `/suites/${suite.id}/runs`, {
      prompt: { layer: 'system', number: 7 },
    });
    expect(missing.statusCode).toBe(404);
    const runs = (await call(owner, 'GET', `/runs?suite_id=${suite.id}`)).json<{ items: Run[] }>().items;
    expect(runs).toHaveLength(2);
    const compared = await call(owner, 'GET', `/compare?a=${runs[1]!.id}&b=${runs[0]!.id}`);
    expect(compared.statusCode).toBe(200);
    const body = compared.json<{ a: Run; b: Run; cases: Array<{ a: Result; b: Result }> }>();
    expect(body.a.label).toBe('default prompts');
    expect(body.b.label).toBe('system v1');
    expect(body.cases).toHaveLength(suite.cases.length);
    expect((await call(owner, 'GET', `/compare?a=nope&b=${runs[0]!.id}`)).statusCode).toBe(400);
  });

  it('versions the judge prompt like the other layers, refusing one that does not render', async () => {
    const judge = (template: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/sidekicks/${sidekickId}/prompts/judge/versions`,
        headers: owner.headers,
        payload: { template, note: 'strict judge' },
      });
    const saved = await judge('Judge {{ answer }} strictly against {{ expected_facts | join: ", " }}.');
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ layer: 'judge', number: 1, active: true });
    const broken = await judge('Judge\n{% for c in citations %}\nunclosed');
    expect(broken.statusCode).toBe(422);
    expect(broken.json<{ detail: string }>().detail).toMatch(/^the judge prompt does not render \(line 2\)/);
    const started = await call(owner, 'POST', `/suites/${suite.id}/runs`, {});
    expect(started.json<Run>().label).toBe('judge v1');
  });

  it('gates a prompt version: activation runs the suite and refuses with the failing cases', async () => {
    const saved = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sidekicks/${sidekickId}/prompts/system/versions`,
      headers: owner.headers,
      payload: { template: 'You are {{ sidekick.name }}, gated.', activate: false },
    });
    const number = saved.json<{ number: number }>().number;
    const strict = await call(owner, 'PUT', `/gates/system/${number}`, {
      suite_id: suite.id,
      thresholds: { fact_recall: 10, refusal: 10 },
    });
    expect(strict.statusCode).toBe(200);
    await call(owner, 'POST', `/suites/${suite.id}/cases`, {
      question: 'When does the office open?',
      expected_facts: ['seven in the evening'],
      expected_sources: [documentId],
    });
    const activate = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/sidekicks/${sidekickId}/prompts/system/versions/${number}/activate`,
        headers: owner.headers,
      });
    const refused = await activate();
    expect(refused.statusCode).toBe(409);
    const problem = refused.json<{
      detail: string;
      run_id: string;
      failing_cases: Array<{ question: string; reason: string }>;
    }>();
    expect(problem.detail).toMatch(/was not activated: its quality suite passed \d+ of \d+ cases/);
    expect(problem.failing_cases).toContainEqual(
      expect.objectContaining({
        question: 'When does the office open?',
        reason: expect.stringContaining('fact_recall 0 < 10'),
      }),
    );
    const prompts = (
      await ctx.app.inject({ url: `/api/v1/sidekicks/${sidekickId}/prompts`, headers: owner.headers })
    ).json<{
      items: Array<{ layer: string; number: number; active: boolean }>;
    }>();
    expect(prompts.items.find((v) => v.layer === 'system' && v.number === number)!.active).toBe(false);
    const gatedRun = (await call(owner, 'GET', `/runs/${problem.run_id}`)).json<{
      gated: boolean;
      status: string;
    }>();
    expect(gatedRun).toMatchObject({ gated: true, status: 'finished' });

    await call(owner, 'PUT', `/gates/system/${number}`, { suite_id: suite.id, thresholds: { refusal: 10 } });
    expect((await call(member, 'GET', '/gates')).json<{ items: unknown[] }>().items).toEqual([
      { layer: 'system', number, suite_id: suite.id, thresholds: { refusal: 10 }, min_pass_rate: 1 },
    ]);
    expect((await activate()).statusCode).toBe(200);
    const bad = await call(owner, 'PUT', `/gates/system/${number}`, {
      suite_id: suite.id,
      thresholds: { charm: 3 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await call(owner, 'DELETE', `/gates/system/${number}`)).statusCode).toBe(204);
    expect((await call(owner, 'DELETE', `/gates/system/${number}`)).statusCode).toBe(404);
  });

  it('keeps another tenant out: its sidekick, suites, cases and runs are 404', async () => {
    const run = (await call(owner, 'GET', '/runs')).json<{ items: Run[] }>().items[0]!;
    const caseId = suite.cases[0]!.id;
    for (const [method, path] of [
      ['GET', '/suites'],
      ['GET', `/suites/${suite.id}`],
      ['GET', `/suites/${suite.id}/dashboard`],
      ['GET', `/runs/${run.id}`],
      ['GET', `/compare?a=${run.id}&b=${run.id}`],
    ] as const)
      expect((await call(stranger, method, path)).statusCode, path).toBe(404);
    expect(
      (await call(stranger, 'PATCH', `/suites/${suite.id}/cases/${caseId}`, { question: 'Mine?' }))
        .statusCode,
    ).toBe(404);
    expect((await call(stranger, 'DELETE', `/suites/${suite.id}`)).statusCode).toBe(404);
    expect((await call(stranger, 'POST', `/suites/${suite.id}/runs`, {})).statusCode).toBe(404);
    const own = (await ctx.app.runtime.sidekicks.create(stranger.tenantId, { name: 'Other' })).id;
    const cross = await ctx.app.inject({
      url: `/api/v1/sidekicks/${own}/quality/suites/${suite.id}`,
      headers: stranger.headers,
    });
    expect(cross.statusCode).toBe(404);
  });
});
