import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../knowledge/fixtures.js';
import { startGuidepost } from './guidepost-server.js';
import { browserSuite, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * The Knowledge tab in Chromium against the real API (PGlite, the ingest job in the same process): a signed-in
 * owner uploads a two-page PDF the test makes (the progress shows percent), the document reaches "Ready", a
 * search shows the passage with "handbook.pdf, p. 2"; a private URL import is refused with its reason.
 * Screenshots: test-results/knowledge-ready.png, knowledge-search.png, knowledge-phone.png.
 */
describe.skipIf(!hasChromium)('knowledge base (Chromium + API)', () => {
  let api: FastifyInstance | undefined;
  const suite = browserSuite({
    serve: async () => {
      const app = await startGuidepost();
      api = app.api;
      return app;
    },
    signUp: {
      name: 'Ada Lovelace',
      email: 'ada@knowledge.example',
      password: 'correct horse battery staple',
    },
  });

  it('uploads a two-page PDF, shows it ready and cites the right page in a search', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(suite.app.url);
    const tenantId = await page.evaluate(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      return me.active_tenant.id as string;
    });
    const sidekick = await api!.runtime.sidekicks.create(tenantId, { name: 'Handbook Helper' });
    const pdf = await makePdf([
      'Welcome to the Acme employee handbook. The office opens at nine every weekday morning.',
      'Refund policy: customers may return any product within thirty days for a full refund.',
    ]);

    await page.goto(`${suite.app.url}/sidekicks/${sidekick.slug}`);
    await page.getByRole('tab', { name: 'Knowledge' }).click();
    await poll(() => page.getByRole('heading', { name: 'Knowledge base' }).isVisible()).toBe(true);
    const percents: string[] = [];
    page.on('console', () => undefined);
    await page.exposeFunction('recordProgress', (value: string) => percents.push(value));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (bar)
          (window as unknown as { recordProgress(v: string): void }).recordProgress(
            bar.getAttribute('aria-valuenow') ?? '',
          );
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page
      .getByLabel('Upload documents')
      .setInputFiles({ name: 'handbook.pdf', mimeType: 'application/pdf', buffer: pdf });
    const row = page.getByRole('listitem').filter({ hasText: 'handbook.pdf' });
    await poll(() => row.getByText('Ready').isVisible()).toBe(true);
    expect(await row.textContent()).toMatch(/2 pages/);
    expect(percents.length).toBeGreaterThan(0);
    await shot(page, `${SHOTS}/knowledge-ready.png`);

    await page.getByLabel('Search the knowledge base').fill('how long can I return a product?');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await poll(() => results.isVisible()).toBe(true);
    const first = results.getByRole('listitem').first();
    expect(await first.locator('cite').textContent()).toBe('handbook.pdf, p. 2');
    expect(await first.textContent()).toContain('within thirty days');
    await shot(page, `${SHOTS}/knowledge-search.png`);

    await page.getByLabel('Import a web page').fill('http://127.0.0.1:9/private');
    await page.getByRole('button', { name: 'Import' }).click();
    await poll(() => page.getByRole('alert').textContent()).toMatch(
      /private or local address; only public web pages/,
    );

    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `${SHOTS}/knowledge-phone.png`);
    await context.close();
  }, 120_000);
});
