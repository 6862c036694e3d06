import QRCode from 'qrcode';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../../src/core/actions/definition.js';
import type { RendererKind } from '../../src/core/renderers/index.js';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { TestApi } from '../actions/api-server.js';
import { startGuidepost } from './guidepost-server.js';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/** A script action that shows `output` in a renderer when the run starts. */
function show(
  id: string,
  renderer: RendererKind,
  title: string,
  output: unknown,
  order: number,
): ActionInput {
  return {
    id,
    type: 'custom_script',
    execution_order: order,
    config: { code: `return ${JSON.stringify(output)};` },
    output_handling: { into: 'renderer', renderer, title },
  };
}

/** A wizard whose start shows one output per renderer, a message, a slow background action and loaded rows. */
function showcase(qr: string, apiConfigId: string): WizardDefinitionInput {
  return {
    id: 'showcase',
    name: 'Renderer showcase',
    slug: 'renderer-showcase',
    steps: [
      {
        id: 'rooms',
        title: 'Pick your rooms',
        instruction: 'The rooms below were loaded by an action when this step opened.',
        fields: [
          {
            name: 'rooms',
            label: 'Rooms',
            type: 'dynamic_table',
            settings: {
              columns: [
                { key: 'label', label: 'Room' },
                { key: 'beds', label: 'Beds' },
                { key: 'price', label: 'Price per night' },
              ],
            },
          },
          {
            name: 'book',
            label: 'Booking',
            type: 'apply_button',
            settings: { option_set: 'rooms', button_label: 'Book these rooms' },
          },
        ],
      },
    ],
    events: [
      {
        id: 'welcome',
        name: 'Show everything',
        trigger: 'wizard.onStart',
        actions: [
          {
            id: 'hello',
            type: 'show_message',
            config: { text: 'Welcome! Here is what actions can show.', level: 'success' },
          },
          show(
            'table',
            'table',
            'Your quote',
            [
              { item: 'Flight', price: 180 },
              { item: 'Hotel, 3 nights', price: 360 },
            ],
            1,
          ),
          show(
            'dropdown',
            'dropdown',
            'Cities',
            [
              { code: 'lyo', name: 'Lyon', description: 'Food capital' },
              { code: 'par', name: 'Paris' },
              { code: 'nce', name: 'Nice' },
            ],
            2,
          ),
          show(
            'cards',
            'card_grid',
            'Hotels',
            [
              { name: 'Hôtel du Parc', description: 'Quiet, by the river', price: '€120' },
              {
                name: 'Le Central',
                description: 'Next to the station',
                price: '€95',
                url: 'https://example.com/central',
              },
            ],
            3,
          ),
          show('list', 'list', 'What to pack', ['Passport', 'Charger', { name: 'Umbrella' }], 4),
          show(
            'doc',
            'document',
            'Terms',
            '## Cancellation\n\nFree cancellation up to **48 hours** before arrival. See [the policy](https://example.com/policy).\n\n- Refunds in 5 days\n- No fees\n\n<img src=x onerror="alert(1)">',
            5,
          ),
          show('image', 'image', 'Your booking code', { url: qr, alt: 'QR code of your booking' }, 6),
          show(
            'code',
            'code',
            'Embed snippet',
            {
              language: 'javascript',
              code: "import { start } from 'guidepost';\n\n// Opens the wizard in a dialog\nconst run = await start({ slug: 'trip', channel: 'form' });\nconsole.log(run.id, 42);",
            },
            7,
          ),
          show(
            'chart',
            'chart',
            'Visitors by month',
            [
              { month: 'Jan', visitors: 120, bookings: 30 },
              { month: 'Feb', visitors: 150, bookings: 42 },
              { month: 'Mar', visitors: 210, bookings: 61 },
              { month: 'Apr', visitors: 180, bookings: 55 },
            ],
            8,
          ),
          show(
            'json',
            'json',
            'Raw answer',
            { id: 'bk_1', nights: 3, guests: [{ name: 'Ada' }, { name: 'Charles' }], paid: false },
            9,
          ),
          {
            id: 'slow',
            type: 'api_call',
            execution_order: 10,
            is_async: true,
            loading_message: 'Checking availability…',
            config: { api_config_id: apiConfigId, path: '/slow', query: { ms: '6000' }, body: 'none' },
          },
        ],
      },
      {
        id: 'load_rooms',
        name: 'Load the rooms',
        trigger: 'optionSet.onLoad',
        target: { kind: 'option_set', field: 'rooms' },
        actions: [
          {
            id: 'rooms',
            type: 'transform_data',
            config: {
              language: 'javascript',
              expression:
                "return [{ id: 'r1', name: 'Garden room', beds: 2, price: '€120' }, { id: 'r2', name: 'Attic suite', beds: 3, price: '€180' }];",
            },
            output_handling: {
              into: 'option_set',
              field: 'rooms',
              label_path: 'name',
              value_path: 'id',
              columns: [
                { key: 'beds', path: 'beds' },
                { key: 'price', path: 'price' },
              ],
            },
          },
        ],
      },
      {
        id: 'booked',
        name: 'Confirm the booking',
        trigger: 'optionSet.onApply',
        target: { kind: 'option_set', field: 'rooms' },
        actions: [
          {
            id: 'ok',
            type: 'show_message',
            config: { text: 'Booked {{ values.rooms | size }} room(s).', level: 'info' },
          },
        ],
      },
    ],
  };
}

/**
 * The player showing every output renderer (Chromium against the real API): a wizard whose start shows a
 * table, dropdown, cards, list, document, image, code, chart and JSON, a message, the loading message of a
 * slow background (is_async) action, and a dynamic_table loaded on entry with an apply button. Screenshots
 * at 1280 px and 375 px go to test-results/renderers-*.png.
 */
describe.skipIf(!hasChromium)('output renderers in the player (Chromium + API)', () => {
  const api = new TestApi();
  const suite = browserSuite({
    serve: async () => {
      await api.start();
      const app = await startGuidepost({ GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true' });
      return { url: app.url, close: async () => (await app.close(), await api.stop()) };
    },
    signUp: { name: 'Rene Derer', email: 'rene@example.com', password: 'correct horse battery staple' },
  });
  let runUrl = '';

  /** POSTs JSON (or nothing) from the signed-in page, throwing with the answer when it is not 2xx. */
  function post(page: Page, url: string, body?: unknown): Promise<{ id?: string; run?: { id: string } }> {
    return page.evaluate(
      async ({ url, body }) => {
        const response = await fetch(
          url,
          body === undefined
            ? { method: 'POST' }
            : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
        );
        if (!response.ok) throw new Error(`${url}: ${await response.text()}`);
        return response.json();
      },
      { url, body },
    );
  }

  async function startRun(page: Page): Promise<string> {
    await page.goto(suite.app.url);
    const qr = await QRCode.toDataURL('https://guidepost.example/booking/bk_1', { margin: 1, width: 160 });
    const config = await post(page, '/api/v1/api-configs', { name: 'Availability', base_url: api.origin });
    const wizard = await post(page, '/api/v1/wizards', showcase(qr, config.id!));
    await post(page, `/api/v1/wizards/${wizard.id}/publish`);
    const run = await post(page, '/api/v1/runs', { wizard_id: wizard.id, channel: 'form' });
    return `${suite.app.url}/runs/${run.run!.id}`;
  }

  it('shows each renderer, the message and the loading message, on desktop', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    runUrl = await startRun(page);
    await page.goto(runUrl);
    await poll(() => page.getByText('Checking availability…').isVisible()).toBe(true);
    await poll(() => page.getByRole('heading', { name: 'Visitors by month' }).isVisible()).toBe(true);
    await poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    await poll(() => page.getByText('import').first().isVisible()).toBe(true);
    expect(await page.getByText('Welcome! Here is what actions can show.').isVisible()).toBe(true);
    const quote = page.getByRole('table', { name: 'Your quote' });
    expect(await quote.getByRole('columnheader').allTextContents()).toEqual(['Item', 'Price']);
    expect(await page.getByRole('img', { name: 'QR code of your booking' }).isVisible()).toBe(true);
    expect(await page.locator('[data-renderer="document"]').innerHTML()).not.toMatch(/onerror/);
    await shot(page, `${SHOTS}/renderers-loading-desktop.png`);
    // The background action finishes: its loading message goes.
    await poll(() => page.getByText('Checking availability…').isVisible()).toBe(false);
    await expectNoSeriousAxeViolations(page);
    // Rows loaded on entry; booking them fires optionSet.onApply.
    await page.getByRole('checkbox', { name: 'Attic suite' }).check();
    await page.getByRole('button', { name: 'Book these rooms' }).click();
    await poll(() => page.getByText('Booked 1 room(s).').isVisible()).toBe(true);
    await shot(page, `${SHOTS}/renderers-desktop.png`);
    await context.close();
  });

  it('fits a phone screen', async () => {
    const context = await suite.open({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(runUrl);
    await poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(0);
    await poll(() => page.getByText('import').first().isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await shot(page, `${SHOTS}/renderers-phone.png`);
    await context.close();
  });
});
