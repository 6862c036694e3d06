import { beforeAll, expect, it } from 'vitest';
import { AnalyticsService } from '../../src/analytics/service.js';
import { describeEachDatabase } from '../db/databases.js';
import {
  addViews,
  companyStep,
  contactAsCompany,
  contactAsPerson,
  intakeWizard,
  playRun,
  projectAndComplete,
  publishWizard,
} from './analytics-fixtures.js';

const day = (d: string, h = 9) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00Z`);
const TENANT = 'default';

describeEachDatabase('wizard analytics', (ctx) => {
  let wizardId: string;
  let service: AnalyticsService;

  beforeAll(async () => {
    service = new AnalyticsService(ctx.db);
    wizardId = await publishWizard(ctx.db, intakeWizard());
    const newsletter = { utm_source: 'newsletter', referrer: 'https://mail.example.com/inbox' };
    // Three company runs in the form, done in 120, 300 and 600 s; the first corrects the email, the second
    // first types an invalid one.
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-03-01'),
      attribution: newsletter,
      moves: [
        ...contactAsCompany('form'),
        { at: 21, actor: 'form', command: { type: 'previous_step' } },
        { at: 22, actor: 'form', command: { type: 'set_field', field: 'email', value: 'ada@lovelace.org' } },
        { at: 23, actor: 'form', command: { type: 'next_step' } },
        ...companyStep('form', 30),
        ...projectAndComplete('form', 60, 120),
      ],
    });
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-03-01', 10),
      attribution: newsletter,
      moves: [
        { at: 2, actor: 'form', command: { type: 'set_field', field: 'email', value: 'not-an-email' } },
        ...contactAsCompany('form'),
        ...companyStep('form', 30),
        ...projectAndComplete('form', 60, 300),
      ],
    });
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-03-02'),
      attribution: { referrer: 'https://www.google.com/search?q=intake' },
      moves: [
        ...contactAsCompany('form'),
        ...companyStep('form', 30),
        ...projectAndComplete('form', 60, 600),
      ],
    });
    // A person in chat (the company step is skipped), done in 900 s.
    await playRun(ctx.db, wizardId, {
      channel: 'chat',
      start: day('2026-03-02', 11),
      moves: [...contactAsPerson('guide'), ...projectAndComplete('guide', 30, 900)],
      transcript: [
        [1, 'agent', 'Hi! What is your name?'],
        [4, 'user', 'Grace Hopper, grace@example.com, just me'],
        [31, 'agent', 'What is your budget?'],
        [34, 'user', 'over 10k'],
      ],
    });
    // Mixed: the form, then the guide, then the form again (2 switches), done in 60 s.
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-03-02', 12),
      moves: [
        { at: 1, actor: 'form', command: { type: 'set_field', field: 'full_name', value: 'Ada' } },
        { at: 2, actor: 'guide', command: { type: 'set_field', field: 'email', value: 'ada@example.com' } },
        { at: 3, actor: 'guide', command: { type: 'set_field', field: 'kind', value: 'company' } },
        { at: 4, actor: 'form', command: { type: 'next_step' } },
        ...companyStep('form', 5),
        ...projectAndComplete('form', 20, 60),
      ],
      transcript: [[1, 'agent', 'What is your email?']],
    });
    // Two form runs stop on the company step, one of them marked abandoned.
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-03-03'),
      attribution: newsletter,
      moves: contactAsCompany('form'),
    });
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-03-03', 10),
      moves: [...contactAsCompany('form'), { at: 3600, actor: 'system', command: { type: 'abandon' } }],
    });
    // A chat that stops on the contact step after the guide asks for the email.
    await playRun(ctx.db, wizardId, {
      channel: 'chat',
      start: day('2026-03-03', 11),
      moves: [{ at: 5, actor: 'guide', command: { type: 'set_field', field: 'full_name', value: 'Linus' } }],
      transcript: [
        [1, 'agent', 'Hi! What is your name?'],
        [3, 'user', 'Linus'],
        [5, 'agent', 'What is your email address?'],
      ],
    });
    // A person in chat who skips the company step and stops on the project step.
    await playRun(ctx.db, wizardId, {
      channel: 'chat',
      start: day('2026-03-03', 12),
      moves: contactAsPerson('guide'),
      transcript: [
        [1, 'agent', 'Hi! What is your name?'],
        [4, 'user', 'Grace, grace@example.com, a person'],
        [21, 'agent', 'What is your budget?'],
      ],
    });
    // Outside the range: before it, and after it.
    await playRun(ctx.db, wizardId, {
      channel: 'form',
      start: day('2026-02-20'),
      moves: [...contactAsCompany('form'), ...companyStep('form', 30), ...projectAndComplete('form', 60, 70)],
    });
    await playRun(ctx.db, wizardId, { channel: 'form', start: day('2026-03-04'), moves: [] });
    await addViews(ctx.db, TENANT, wizardId, [
      ...['a', 'b', 'c', 'd'].map((v) => ({
        day: '2026-03-01',
        visitor: v,
        source: 'page' as const,
        attribution: { utm_source: 'newsletter' },
      })),
      { day: '2026-03-01', visitor: 'a', source: 'page' }, // the same visitor again that day: not counted
      ...['a', 'e', 'f'].map((v) => ({ day: '2026-03-02', visitor: v, source: 'page' as const })),
      ...['g', 'h'].map((v) => ({ day: '2026-03-03', visitor: v, source: 'embed' as const })),
      { day: '2026-03-04', visitor: 'z', source: 'page' },
    ]);
  });

  const report = () => service.report(TENANT, wizardId, { from: '2026-03-01', to: '2026-03-03' });

  it('counts views, starts, completions and the time to complete', async () => {
    const r = await report();
    expect(r.from).toBe('2026-03-01');
    expect(r.to).toBe('2026-03-03');
    expect(r.totals).toEqual({
      views: 9,
      page_views: 7,
      embed_views: 2,
      starts: 9,
      completions: 5,
      abandoned: 1,
      completion_rate: 5 / 9,
      start_rate: 1,
      median_seconds_to_complete: 300,
      // percentile_cont(0.9) of 60, 120, 300, 600, 900: 600 + 0.6 × 300
      p90_seconds_to_complete: 780,
    });
    expect(r.daily).toEqual([
      { day: '2026-03-01', views: 4, starts: 2, completions: 2 },
      { day: '2026-03-02', views: 3, starts: 3, completions: 3 },
      { day: '2026-03-03', views: 2, starts: 4, completions: 0 },
    ]);
  });

  it('counts drop-off per step against the runs that reached it, skipped steps apart', async () => {
    const r = await report();
    expect(r.steps).toEqual([
      { step_id: 'contact', title: 'Contact', reached: 9, skipped: 0, dropped: 1, drop_off_rate: 1 / 9 },
      { step_id: 'company', title: 'Company', reached: 6, skipped: 2, dropped: 2, drop_off_rate: 2 / 6 },
      { step_id: 'project', title: 'Project', reached: 6, skipped: 0, dropped: 1, drop_off_rate: 1 / 6 },
      { step_id: '__review__', title: 'Review', reached: 5, skipped: 0, dropped: 0, drop_off_rate: 0 },
    ]);
  });

  it('counts validation problems and corrections per field', async () => {
    const r = await report();
    expect(r.fields).toEqual([
      { field: 'email', label: 'Email', errors: 1, error_runs: 1, corrections: 1, correction_runs: 1 },
    ]);
  });

  it('splits runs by channel and by source', async () => {
    const r = await report();
    expect(r.channels).toEqual([
      { channel: 'form', runs: 5, completions: 3, share: 5 / 9 },
      { channel: 'chat', runs: 3, completions: 1, share: 3 / 9 },
      { channel: 'voice', runs: 0, completions: 0, share: 0 },
      { channel: 'mixed', runs: 1, completions: 1, share: 1 / 9 },
      { channel: 'agent', runs: 0, completions: 0, share: 0 },
    ]);
    expect(r.utm_sources).toEqual([
      { source: '', views: 5, starts: 6, completions: 3 },
      { source: 'newsletter', views: 4, starts: 3, completions: 2 },
    ]);
    expect(r.referrers).toEqual([
      { source: '', views: 9, starts: 5, completions: 2 },
      { source: 'mail.example.com', views: 0, starts: 3, completions: 2 },
      { source: 'www.google.com', views: 0, starts: 1, completions: 1 },
    ]);
  });

  it('shows where guided runs stop and how often people switch between form and chat', async () => {
    const r = await report();
    expect(r.conversation).toEqual({
      guided_runs: 4,
      guided_completions: 2,
      switched_runs: 1,
      switch_rate: 1 / 9,
      form_to_chat: 1,
      chat_to_form: 1,
      last_questions: [
        { question: 'What is your budget?', step_id: 'project', step_title: 'Project', runs: 1 },
        { question: 'What is your email address?', step_id: 'contact', step_title: 'Contact', runs: 1 },
      ],
    });
  });

  it('keeps tenants apart and refuses bad ranges', async () => {
    await expect(service.report('other', wizardId, {})).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      service.report(TENANT, wizardId, { from: '2026-03-05', to: '2026-03-01' }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      invalidParams: [{ name: 'query.from', reason: 'must not be after to' }],
    });
    await expect(service.report(TENANT, wizardId, { from: '2026-02-30' })).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(
      service.report(TENANT, wizardId, { from: '2024-01-01', to: '2026-01-01' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('answers zeros for a range without runs', async () => {
    const r = await service.report(TENANT, wizardId, { from: '2025-01-01', to: '2025-01-02' });
    expect(r.totals).toMatchObject({ views: 0, starts: 0, completions: 0, completion_rate: null });
    expect(r.steps.map((s) => s.reached)).toEqual([0, 0, 0, 0]);
    expect(r.daily).toHaveLength(2);
  });
});
