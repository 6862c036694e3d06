import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_CAPTURE_LINES } from '../server/runs-helpers.js';
import { startGuidepost } from './guidepost-server.js';
import {
  browserSuite,
  expectNoSeriousAxeViolations,
  hasChromium,
  poll,
  shot,
  SHOTS,
  signUp,
} from './harness.js';

/**
 * The Analytics and "Webhooks & email" tabs of a wizard in Chromium against the real API (PGlite in a temp
 * dir, private webhook receivers allowed): sign up; four lead-capture runs (two completed by chat, two that
 * stop on the second step) and three visitors of the public page (two from a newsletter link, each loading
 * it twice: counted once a day); the Analytics tab shows the views, starts, completions, rate, step funnel and sources; the
 * Webhooks section adds an endpoint for a receiver on 127.0.0.1, shows its secret once, sends a test event
 * and lists the delivery with its attempt and the receiver's answer. Screenshots at 1280 px (and dark for analytics) and 375 px
 * go to test-results/analytics-*.png and webhooks-*.png; axe checks both pages.
 */
describe.skipIf(!hasChromium)('analytics and webhooks tabs (Chromium + API)', () => {
  const suite = browserSuite({
    hookTimeout: 240_000,
    serve: () =>
      startGuidepost({ GUIDEPOST_WEBHOOK_ALLOW_PRIVATE: 'true', GUIDEPOST_QUEUE_POLL_SECONDS: '0.5' }),
  });
  const received: string[] = [];
  let receiver: Server;
  let receiverUrl = '';
  let wizardId = '';

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (c: Buffer) => (body += c.toString('utf8')));
      request.on('end', () => {
        received.push(body);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"ok":true,"received_by":"e2e receiver"}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  /** The headline figure labelled `label` on the Analytics tab. */
  const tile = (page: Page, label: string) =>
    page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

  it('signs up and runs the lead-capture wizard four times: two completed, two stopped on step 2', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await signUp(page, suite.app.url, {
      name: 'Ada Lovelace',
      email: 'ada@analytics.example',
      password: 'correct horse battery staple',
    });
    suite.signedIn = await context.storageState();
    wizardId = await page.evaluate(async (lines) => {
      const call = async (url: string, body: unknown, token?: string, method = 'POST') => {
        const response = await fetch(url, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { 'x-run-token': token } : {}) },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      let id = '';
      for (let i = 0; i < 2; i++) {
        const run = await call('/api/v1/runs', { slug: 'lead-capture', channel: 'chat' });
        for (const text of lines) await call(`/api/v1/runs/${run.run.id}/messages`, { text }, run.run_token);
        id = run.run.wizard_id;
      }
      for (const name of ['Grace Hopper', 'Alan Turing']) {
        const run = await call('/api/v1/runs', { slug: 'lead-capture', channel: 'form' });
        const email = `${name.split(' ')[0]!.toLowerCase()}@example.com`;
        await call(
          `/api/v1/runs/${run.run.id}/values`,
          { values: { full_name: name, email } },
          run.run_token,
          'PATCH',
        );
        await call(`/api/v1/runs/${run.run.id}/navigate`, { action: 'next' }, run.run_token);
      }
      return id;
    }, LEAD_CAPTURE_LINES);
    expect(wizardId).toMatch(/^[0-9a-f-]{36}$/);
    await context.close();
    // Three visitors open the public page, two from a newsletter link and reloading it: three views. The
    // server counts a view when it serves the page; without JavaScript the player starts no run of its own.
    for (const query of ['?utm_source=newsletter', '?utm_source=newsletter', '']) {
      const visitor = await suite.open({ storageState: undefined, javaScriptEnabled: false });
      const visit = await visitor.newPage();
      const response = await visit.goto(`${suite.app.url}/w/default/lead-capture${query}`);
      expect(response?.status()).toBe(200);
      if (query === '') await visitor.close();
      else {
        await visit.reload();
        await visitor.close();
      }
    }
  }, 90_000);

  it('shows starts, completions and the step funnel on the Analytics tab', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/wizards/${wizardId}`);
    await page.getByRole('link', { name: 'Analytics' }).click();
    await page.waitForURL(/\/analytics/);
    await poll(() => tile(page, 'Starts').textContent()).toMatch(/^4/);
    expect(await tile(page, 'Views').textContent()).toMatch(/^3/);
    expect(await tile(page, 'Completions').textContent()).toBe('2');
    expect(await tile(page, 'Completion rate').textContent()).toBe('50%');
    const funnel = page.getByRole('table', { name: 'Step funnel' });
    const row = (step: string) => funnel.getByRole('row', { name: new RegExp(`^${step}`) }).getByRole('cell');
    expect(await row('Contact details').allTextContents()).toEqual(['4', '0', '0', '0%']);
    expect(await row('Company').allTextContents()).toEqual(['4', '0', '2', '50%']);
    expect(await row('Timeline').allTextContents()).toEqual(['2', '0', '0', '0%']);
    await poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const utm = page.getByRole('table', { name: 'UTM source' });
    expect(
      await utm
        .getByRole('row', { name: /^newsletter/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['2', '0', '0']);
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toContain(
      `/api/v1/wizards/${wizardId}/analytics/export?from=`,
    );
    await expectNoSeriousAxeViolations(page);
    await shot(page, `${SHOTS}/analytics-desktop.png`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, `${SHOTS}/analytics-desktop-dark.png`);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 812 });
    await poll(() => tile(page, 'Starts').isVisible()).toBe(true);
    // Charts resize on their ResizeObserver's next callback: wait for the page to settle at the new width.
    await poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, `${SHOTS}/analytics-phone.png`);
    await context.close();
  }, 60_000);

  it('adds a webhook endpoint, shows its secret once, sends a test event and lists the delivery', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/wizards/${wizardId}/analytics`);
    await page.getByRole('link', { name: 'Webhooks & email' }).click();
    await page.waitForURL(/\/integrations/);
    await page.getByLabel('Endpoint URL').fill(receiverUrl);
    await page.getByLabel('Description (optional)').fill('CRM intake');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = page.getByRole('textbox', { name: 'Signing secret' });
    await poll(() => secret.inputValue()).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Done' }).click();
    await poll(() => secret.count()).toBe(0);
    const endpoints = page.getByRole('list', { name: 'Webhook endpoints' });
    await poll(() => endpoints.getByText(receiverUrl).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Send test event' }).click();
    await poll(() => received.length).toBe(1);
    expect(JSON.parse(received[0]!)).toMatchObject({ type: 'webhook.test' });
    const deliveries = page.getByRole('list', { name: 'Webhook deliveries' });
    await poll(() => deliveries.getByText('Delivered').isVisible()).toBe(true);
    await poll(() => deliveries.getByText('HTTP 200', { exact: false }).first().isVisible()).toBe(true);
    expect(await deliveries.getByLabel('Response to attempt 1').textContent()).toContain('e2e receiver');
    await expectNoSeriousAxeViolations(page);
    await shot(page, `${SHOTS}/webhooks-desktop.png`);
    await page.setViewportSize({ width: 375, height: 812 });
    // Charts resize on their ResizeObserver's next callback: wait for the page to settle at the new width.
    await poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, `${SHOTS}/webhooks-phone.png`);
    await context.close();
  }, 60_000);
});
