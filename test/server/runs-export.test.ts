import { beforeAll, expect, it } from 'vitest';
import { csvCell } from '../../src/server/routes/runs/export.js';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { LEAD_CAPTURE_LINES, setValues, startRun, type StartedRun } from './runs-helpers.js';

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

describeEachApp('runs export', (ctx) => {
  let owner: TestAccount;
  let member: TestAccount;
  let other: TestAccount;
  let completed: StartedRun;
  let inProgress: StartedRun;
  let othersRun: string;
  let wizardId: string;

  beforeAll(async () => {
    owner = await signUp(ctx.app, 'owner@example.com');
    member = await addUser(ctx.app, owner, 'member@example.com', 'member');
    other = await signUp(ctx.app, 'other@example.com');
    completed = await startRun(ctx.app, { channel: 'chat', metadata: { utm_source: 'news' } }, owner.headers);
    for (const text of LEAD_CAPTURE_LINES)
      await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${completed.id}/messages`,
        headers: completed.headers,
        payload: { text },
      });
    inProgress = await startRun(ctx.app, { visitor_id: 'v-7' }, owner.headers);
    await setValues(ctx.app, inProgress, { full_name: '=HYPERLINK("x"), "quoted"' });
    wizardId = completed.body.run.wizard_id;
    // The other tenant has its own lead wizard and a run of it with a secret value.
    const call = (method: 'POST', url: string, payload: unknown) =>
      ctx.app.inject({ method, url, headers: other.headers, payload: payload as object });
    const created = await call('POST', '/api/v1/wizards', leadWizard({ id: undefined as never }));
    await call('POST', `/api/v1/wizards/${created.json().id}/publish`, {});
    const run = await call('POST', '/api/v1/runs', { wizard_id: created.json().id, channel: 'form' });
    othersRun = run.json().run.id;
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/runs/${othersRun}/values`,
      headers: other.headers,
      payload: { values: { full_name: 'Other Tenant Secret' } },
    });
  });

  it("exports a wizard's runs as CSV: run columns, one column per field, one row per run", async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/runs/export?format=csv&wizard_id=${wizardId}`,
      headers: owner.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="runs-lead-capture-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(response.body);
    expect(header!.slice(0, 4)).toEqual(['run_id', 'wizard', 'wizard_version', 'status']);
    expect(header).toEqual(
      expect.arrayContaining(['full_name', 'email', 'phone', 'company', 'budget', 'timeline', 'consent']),
    );
    expect(rows).toHaveLength(2);
    const cell = (row: string[], column: string) => row[header!.indexOf(column)];
    const [newest, oldest] = rows as [string[], string[]];
    expect(cell(newest, 'run_id')).toBe(inProgress.id);
    expect(cell(newest, 'visitor_id')).toBe('v-7');
    expect(cell(newest, 'full_name')).toBe(`'=HYPERLINK("x"), "quoted"`);
    expect(cell(oldest, 'run_id')).toBe(completed.id);
    expect(cell(oldest, 'wizard')).toBe('Lead capture');
    expect(cell(oldest, 'status')).toBe('completed');
    expect(cell(oldest, 'email')).toBe('ada@example.com');
    expect(cell(oldest, 'consent')).toBe('true');
    expect(JSON.parse(cell(oldest, 'metadata')!)).toEqual({ utm_source: 'news' });
  });

  it('applies the list filters (status, search) to the export', async () => {
    const done = await ctx.app.inject({
      url: '/api/v1/runs/export?status=completed',
      headers: owner.headers,
    });
    expect(
      parseCsv(done.body)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([completed.id]);
    expect(done.headers['content-disposition']).toContain('filename="runs-all-');
    const found = await ctx.app.inject({ url: '/api/v1/runs/export?q=v-7', headers: owner.headers });
    expect(
      parseCsv(found.body)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([inProgress.id]);
  });

  it('exports JSON: an array of runs with values and wizard name', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/runs/export?format=json&wizard_id=${wizardId}`,
      headers: owner.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(/filename="runs-lead-capture-.*\.json"/);
    const runs = response.json<Array<Record<string, unknown>>>();
    expect(runs.map((r) => r.id)).toEqual([inProgress.id, completed.id]);
    expect(runs[1]).toMatchObject({
      wizard_name: 'Lead capture',
      status: 'completed',
      values: { email: 'ada@example.com', consent: true },
    });
    const none = await ctx.app.inject({
      url: '/api/v1/runs/export?format=json&q=nobody',
      headers: owner.headers,
    });
    expect(none.json()).toEqual([]);
  });

  it("never exports another tenant's runs, and is for admins only", async () => {
    const mine = await ctx.app.inject({ url: '/api/v1/runs/export?format=json', headers: other.headers });
    expect(mine.json().map((r: { id: string }) => r.id)).toEqual([othersRun]);
    const theirs = await ctx.app.inject({
      url: `/api/v1/runs/export?wizard_id=${wizardId}`,
      headers: other.headers,
    });
    expect(parseCsv(theirs.body)).toHaveLength(1);
    const ownersCsv = await ctx.app.inject({ url: '/api/v1/runs/export', headers: owner.headers });
    expect(ownersCsv.body).not.toContain('Other Tenant Secret');
    expect(ownersCsv.body).not.toContain(othersRun);
    const refused = await ctx.app.inject({ url: '/api/v1/runs/export', headers: member.headers });
    expect(refused.statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/v1/runs/export' })).statusCode).toBe(401);
    const bad = await ctx.app.inject({ url: '/api/v1/runs/export?format=xml', headers: owner.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('writes cells spreadsheets cannot run as formulas, keeping numbers and phone numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('+44 20 7946 0958')).toBe('+44 20 7946 0958');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell(['a', 'b'])).toBe('a; b');
    expect(csvCell({ start: '2026-01-01' })).toBe('{"start":"2026-01-01"}');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });
});
