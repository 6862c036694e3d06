import { beforeAll, expect, it } from 'vitest';
import {
  companyStep,
  contactAsCompany,
  intakeWizard,
  playRun,
  projectAndComplete,
  publishWizard,
} from '../analytics/analytics-fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

describeEachApp('analytics API', (ctx) => {
  let admin: TestAccount;
  let member: TestAccount;
  let outsider: TestAccount;
  let wizardId: string;
  const url = (query = 'from=2026-03-01&to=2026-03-02') => `/api/v1/wizards/${wizardId}/analytics?${query}`;

  beforeAll(async () => {
    admin = await signUp(ctx.app, 'owner@example.com');
    member = await addUser(ctx.app, admin, 'member@example.com', 'member');
    outsider = await signUp(ctx.app, 'outsider@example.com');
    wizardId = await publishWizard(ctx.db, intakeWizard(), admin.tenantId);
    const start = new Date('2026-03-01T09:00:00Z');
    await playRun(
      ctx.db,
      wizardId,
      {
        channel: 'form',
        start,
        attribution: { utm_source: '=cmd()' },
        moves: [
          ...contactAsCompany('form'),
          ...companyStep('form', 30),
          ...projectAndComplete('form', 60, 90),
        ],
      },
      admin.tenantId,
    );
    await playRun(
      ctx.db,
      wizardId,
      { channel: 'form', start: new Date('2026-03-02T09:00:00Z'), moves: contactAsCompany('form') },
      admin.tenantId,
    );
  });

  it('answers the report to members of the tenant', async () => {
    const response = await ctx.app.inject({ url: url(), headers: member.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.totals).toMatchObject({ starts: 2, completions: 1, completion_rate: 0.5 });
    expect(body.totals.median_seconds_to_complete).toBe(90);
    expect(body.steps.map((s: { step_id: string; dropped: number }) => [s.step_id, s.dropped])).toEqual([
      ['contact', 0],
      ['company', 1],
      ['project', 0],
      ['__review__', 0],
    ]);
  });

  it('hides another tenant’s wizard and refuses anonymous callers', async () => {
    expect((await ctx.app.inject({ url: url(), headers: outsider.headers })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: url() })).statusCode).toBe(401);
  });

  it('names the bad parameter of a wrong range', async () => {
    const response = await ctx.app.inject({ url: url('from=2026-13-01'), headers: member.headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('from');
    const reversed = await ctx.app.inject({
      url: url('from=2026-03-05&to=2026-03-01'),
      headers: member.headers,
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().invalid_params).toEqual([{ name: 'query.from', reason: 'must not be after to' }]);
  });

  it('exports the figures as CSV, with formula-like text defused', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/wizards/${wizardId}/analytics/export?from=2026-03-01&to=2026-03-02`,
      headers: member.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(
      `analytics-${wizardId}-2026-03-01-2026-03-02.csv`,
    );
    const lines = response.body.trim().split('\n');
    expect(lines[0]).toBe('section,item,label,metric,value');
    expect(lines).toContain('totals,,,starts,2');
    expect(lines).toContain('totals,,,completion_rate,0.5');
    expect(lines).toContain('steps,company,Company,dropped,1');
    expect(lines).toContain('daily,2026-03-02,,starts,1');
    expect(lines).toContain("utm_sources,'=cmd(),,starts,1");
  });

  it('documents the route in OpenAPI', async () => {
    const spec = (await ctx.app.inject({ url: '/api/docs/json' })).json();
    expect(
      spec.paths['/api/v1/wizards/{id}/analytics'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(expect.arrayContaining(['from', 'to', 'id']));
  });
});
