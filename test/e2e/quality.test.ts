import { describe, expect, it } from 'vitest';
import { FIELD_GUIDE } from '../quality/helpers.js';
import { makePdf } from '../knowledge/fixtures.js';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * A sidekick's Quality tab in Chromium: a starter suite generated from an uploaded PDF, a case edited and one
 * added, "Run suite", the dashboard (charts per criterion and per prompt version, worst cases), a second run against
 * a saved prompt version compared with the first, and that version gated so that activating it is refused;
 * screenshots on a desktop and a 375 px phone.
 */
describe.skipIf(!hasChromium)('quality suites of a sidekick (Chromium)', () => {
  const suite = browserSuite({
    signUp: { name: 'Quality Tester', email: 'quality-e2e@example.com', password: 'correct horse battery' },
  });
  let slug: string;

  it('generates a starter suite, runs it with progress and shows the dashboard', async () => {
    const context = await suite.open({ viewport: { width: 1280, height: 1800 } });
    const created = await context.request.post(`${suite.app.url}/api/v1/sidekicks`, {
      data: { name: 'Handbook Helper', greeting: 'Hi there! I know the Acme handbook.' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const sidekick = (await created.json()) as { id: string; slug: string };
    slug = sidekick.slug;
    const uploaded = await context.request.post(
      `${suite.app.url}/api/v1/sidekicks/${sidekick.id}/documents`,
      {
        multipart: {
          file: { name: 'handbook.pdf', mimeType: 'application/pdf', buffer: await makePdf(FIELD_GUIDE) },
        },
      },
    );
    expect(uploaded.status()).toBe(202);
    await poll(async () => {
      const list = await context.request.get(`${suite.app.url}/api/v1/sidekicks/${sidekick.id}/documents`);
      return ((await list.json()) as { items: Array<{ status: string }> }).items[0]?.status;
    }).toBe('ready');
    // A saved (inactive) system prompt version to run against and compare.
    const saved = await context.request.post(
      `${suite.app.url}/api/v1/sidekicks/${sidekick.id}/prompts/system/versions`,
      { data: { template: 'You are {{ sidekick.name }}. Answer briefly.', note: 'brief', activate: false } },
    );
    expect(saved.status()).toBe(201);

    const page = await context.newPage();
    await page.goto(`${suite.app.url}/sidekicks/${slug}`);
    await page.getByRole('tab', { name: 'Quality' }).click();
    await page.getByRole('button', { name: 'Generate a starter suite' }).click();
    await poll(() => page.getByRole('button', { name: /^Edit case/ }).count()).toBeGreaterThanOrEqual(6);

    // Edit a case's tone, and add a case whose facts the handbook only half states.
    await page.getByRole('button', { name: 'Edit case 1' }).click();
    await page.getByLabel('Expected tone').first().fill('brisk');
    await page.getByRole('button', { name: 'Save case' }).click();
    await poll(() => page.getByText('Tone: brisk').isVisible()).toBe(true);
    await page.getByText('Add a case').click();
    await page.getByLabel('Question').fill('When do security badges expire?');
    await page.getByLabel(/^Expected facts/).fill('twelve months\nfree parking\nmanager approval');
    await page.getByLabel('handbook.pdf').check();
    await page.getByRole('button', { name: 'Add case' }).click();
    await poll(() => page.getByText('When do security badges expire?').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Run suite' }).click();
    await poll(() => page.getByTestId('quality-dashboard').isVisible()).toBe(true);
    await expect(page.getByText('Score per criterion per run').isVisible()).resolves.toBe(true);
    // The half-stated case is the worst, failed with its answer and the missing facts.
    const worst = page.getByTestId('worst-case').first();
    await expect(worst.textContent()).resolves.toContain('When do security badges expire?');
    await expect(worst.textContent()).resolves.toContain('missing: "free parking", "manager approval"');
    await expect(worst.textContent()).resolves.toContain('twelve months');
    await expect(page.getByText('Deterministic metrics (no LLM)').first().isVisible()).resolves.toBe(true);

    // A second run, against the saved version: the comparison appears.
    await page.getByLabel('Prompt version', { exact: true }).selectOption({ label: 'system v1 – brief' });
    await page.getByRole('button', { name: 'Run suite' }).click();
    await poll(() => page.getByText('Compare two versions').isVisible()).toBe(true);
    await poll(() =>
      page.getByRole('img', { name: 'Mean score per criterion of the two runs' }).isVisible(),
    ).toBe(true);
    await expect(page.getByText('B: system v1').isVisible()).resolves.toBe(true);
    await expectNoSeriousAxeViolations(page);
    await shot(page, `${SHOTS}/quality-desktop.png`);
    // The dashboard alone (for the README), clipped from the full page so the sticky header stays out of it.
    const box = (await page.getByTestId('quality-dashboard').boundingBox())!;
    await page.screenshot({
      path: `${SHOTS}/quality-dashboard.png`,
      fullPage: true,
      clip: box,
      animations: 'disabled',
    });

    // Gate the saved version on the suite: activating it runs the suite and refuses, naming the failing case.
    await page.getByLabel('Version to gate').selectOption({ label: 'system v1 – brief' });
    await page.getByLabel('Fact recall ≥').fill('10');
    await page.getByRole('button', { name: 'Save gate' }).click();
    await poll(() => page.getByText('Fact recall ≥ 10 on 100% of cases').isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Prompts' }).click();
    await page.getByRole('button', { name: 'Activate v1' }).click();
    await poll(() => page.getByRole('alert').textContent()).toMatch(
      /version 1 of the system prompt was not activated: its quality suite passed \d+ of \d+ cases/,
    );
    await expect(page.getByRole('button', { name: 'Activate v1' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('works on a 375 px phone', async () => {
    const context = await suite.open({ viewport: { width: 375, height: 1600 } });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/sidekicks/${slug}`);
    await page.getByRole('tab', { name: 'Quality' }).click();
    await poll(() => page.getByTestId('quality-dashboard').isVisible()).toBe(true);
    // Charts settle asynchronously (ResizeObserver) before the width is measured.
    await poll(() => page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(3);
    await poll(() =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await shot(page, `${SHOTS}/quality-phone.png`);
    await context.close();
  });
});
