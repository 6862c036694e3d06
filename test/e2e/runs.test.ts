import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LEAD_CAPTURE_LINES } from '../server/runs-helpers.js';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, SHOTS, signUp } from './harness.js';

/**
 * The runs pages in Chromium against the real API (PGlite in a temp dir): sign up; a lead-capture run completed
 * by chat and a second one left in progress (through the API from the page); `/runs` lists, filters and
 * searches them; the detail page shows values with provenance, transcript and timeline; starring with a note
 * puts the run in `/store`; "Export CSV" downloads the lead-capture columns. Screenshots of the list and the
 * detail (1280 px light and dark, 375 px light) go to test-results/runs-*.png; axe checks each page.
 */
describe.skipIf(!hasChromium)('runs list, detail, store and export (Chromium + API)', () => {
  const suite = browserSuite({ hookTimeout: 240_000 });
  const { open } = suite;
  let completedId = '';
  let openId = '';

  /** The visible element showing exactly this text (the table and the phone cards both render each run). */
  const shown = (page: Page, text: string) => page.locator(`text=${text} >> visible=true`).first();

  it('signs up and starts two lead-capture runs: one completed by chat, one left in progress', async () => {
    const context = await open();
    const page = await context.newPage();
    await signUp(page, suite.app.url, {
      name: 'Ada Lovelace',
      email: 'ada@runs.example',
      password: 'correct horse battery staple',
    });
    suite.signedIn = await context.storageState();
    const ids = await page.evaluate(async (lines) => {
      const post = async (url: string, body: unknown, token?: string, method = 'POST') => {
        const response = await fetch(url, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { 'x-run-token': token } : {}) },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const start = (channel: string, metadata: Record<string, unknown>, visitor?: string) =>
        post('/api/v1/runs', {
          slug: 'lead-capture',
          channel,
          metadata: { wizard_slug: 'lead-capture', ...metadata },
          ...(visitor ? { visitor_id: visitor } : {}),
        });
      const done = await start('chat', { utm_source: 'newsletter', referrer: 'https://example.com/blog' });
      for (const text of lines) await post(`/api/v1/runs/${done.run.id}/messages`, { text }, done.run_token);
      const pending = await start('form', {}, 'visitor-grace');
      await post(
        `/api/v1/runs/${pending.run.id}/values`,
        { values: { full_name: 'Grace Hopper', email: 'grace@navy.example' } },
        pending.run_token,
        'PATCH',
      );
      return [done.run.id as string, pending.run.id as string];
    }, LEAD_CAPTURE_LINES);
    [completedId, openId] = ids as [string, string];
    await context.close();
  }, 60_000);

  it('lists both runs, filters by status in the URL, and finds a value by search', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/runs`);
    const rows = page.locator('tbody tr');
    await poll(() => rows.count()).toBe(2);
    await poll(() => shown(page, completedId.slice(0, 8)).isVisible()).toBe(true);
    await poll(() => shown(page, openId.slice(0, 8)).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Continue run' }).count()).toBe(1);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Status').selectOption('completed');
    await page.waitForURL(/status=completed/);
    await poll(() => rows.count()).toBe(1);
    await poll(() => shown(page, completedId.slice(0, 8)).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => rows.count()).toBe(2);

    await page.getByRole('searchbox', { name: 'Search' }).fill('grace hop');
    await page.waitForURL(/q=grace/);
    await poll(() => rows.count()).toBe(1);
    await poll(() => shown(page, openId.slice(0, 8)).isVisible()).toBe(true);
    // The filters live in the URL: a reload keeps them.
    await page.reload();
    await poll(() => page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('grace hop');
    await poll(() => rows.count()).toBe(1);
    await context.close();
  }, 60_000);

  it('shows values with provenance, the transcript and the timeline, and stars the run with a note', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/runs`);
    await page.locator('tbody tr', { hasText: completedId.slice(0, 8) }).click();
    await page.waitForURL(new RegExp(`/runs/${completedId}/detail$`));
    const values = page.getByRole('region', { name: 'Collected values' });
    await poll(() => values.getByText('ada@example.com', { exact: true }).isVisible()).toBe(true);
    await poll(() => values.getByText('Filled by the guide from: “ada@example.com”').isVisible()).toBe(true);
    await poll(() => values.getByText('Analytical Engines', { exact: true }).isVisible()).toBe(true);
    await poll(() => page.getByText('newsletter').isVisible()).toBe(true);
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await poll(() => transcript.getByText('My name is Ada Lovelace', { exact: true }).isVisible()).toBe(true);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await poll(() => timeline.getByText('The guide set Email to “ada@example.com”').isVisible()).toBe(true);
    await poll(() => timeline.getByText(/completed the run/).isVisible()).toBe(true);
    await poll(() => page.getByText('No webhook deliveries for this run', { exact: false }).isVisible()).toBe(
      true,
    );
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Star this run' }).click();
    await page.getByLabel('Note').fill('Call back on Monday about the budget');
    await page.getByRole('button', { name: 'Star run' }).click();
    await poll(() => page.getByRole('heading', { name: 'Starred in My store' }).isVisible()).toBe(true);
    await poll(() => page.getByText('Call back on Monday about the budget').isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it('shows the starred run with its note in My store, and edits the note inline', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/store`);
    await poll(() => page.getByText('Call back on Monday about the budget').isVisible()).toBe(true);
    await poll(() => shown(page, completedId.slice(0, 8)).isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: /Edit the note/ }).click();
    await page.getByRole('textbox', { name: /Note on/ }).fill('Called: sending a quote');
    await page.getByRole('button', { name: 'Save note' }).click();
    await poll(() => page.getByText('Called: sending a quote').isVisible()).toBe(true);
    await page.reload();
    await poll(() => page.getByText('Called: sending a quote').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/runs-store-desktop-light.png`, animations: 'disabled' });
    await context.close();
  }, 60_000);

  it('downloads the filtered runs as CSV with one column per lead-capture field', async () => {
    const context = await open({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/runs`);
    await poll(() => page.locator('tbody tr').count()).toBe(2);
    await page.getByLabel('Wizard').selectOption({ label: 'Lead capture' });
    await page.waitForURL(/wizard=/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^runs-lead-capture-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = text.trim().split(/\r?\n/);
    expect(header!.split(',')).toEqual(
      expect.arrayContaining(['run_id', 'status', 'full_name', 'email', 'company', 'budget', 'consent']),
    );
    expect(rows).toHaveLength(2);
    expect(text).toContain('ada@example.com');
    await context.close();
  }, 60_000);

  for (const [label, width, scheme] of [
    ['desktop-light', 1280, 'light'],
    ['desktop-dark', 1280, 'dark'],
    ['phone-light', 375, 'light'],
  ] as const)
    it(`screenshots the runs list and the run detail (${label})`, async () => {
      const context = await open({
        viewport: { width, height: width < 600 ? 812 : 900 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      await page.goto(`${suite.app.url}/runs`);
      await poll(() => shown(page, completedId.slice(0, 8)).isVisible()).toBe(true);
      await page.screenshot({
        path: `${SHOTS}/runs-list-${label}.png`,
        fullPage: true,
        animations: 'disabled',
      });
      await page.goto(`${suite.app.url}/runs/${completedId}/detail`);
      await poll(() => page.getByText('Filled by the guide from: “ada@example.com”').isVisible()).toBe(true);
      await poll(() => page.getByText('My name is Ada Lovelace', { exact: true }).isVisible()).toBe(true);
      await poll(() => page.getByText('No webhook deliveries', { exact: false }).isVisible()).toBe(true);
      await page.screenshot({
        path: `${SHOTS}/runs-detail-${label}.png`,
        fullPage: true,
        animations: 'disabled',
      });
      await context.close();
    }, 60_000);

  it('pages through runs 25 at a time with "Load more"', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/runs`);
    await page.evaluate(async () => {
      for (let i = 0; i < 24; i++) {
        const response = await fetch('/api/v1/runs', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ slug: 'lead-capture', channel: 'form' }),
        });
        if (!response.ok) throw new Error(`start: ${response.status}`);
      }
    });
    await page.reload();
    const rows = page.locator('tbody tr');
    await poll(() => rows.count()).toBe(25);
    await page.getByRole('button', { name: 'Load more' }).click();
    await poll(() => rows.count()).toBe(26);
    await poll(() => page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await poll(() => shown(page, completedId.slice(0, 8)).isVisible()).toBe(true);
    await context.close();
  }, 60_000);
});
