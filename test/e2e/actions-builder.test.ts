import { createRequire } from 'node:module';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApi } from '../actions/api-server.js';
import { TestMcpHttpServer } from '../actions/mcp-http-server.js';
import { startGuidepost } from './guidepost-server.js';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * Events and actions built in the builder, in Chromium against the real API (PGlite, private addresses allowed
 * so the test's own servers on 127.0.0.1 can be reached): an API configuration and a remote MCP server added
 * on Settings → Connections; a trip wizard whose country's option set loads cities from the test's HTTP API
 * into the city field (api_call → option set), whose second step prices the trip (transform_data → table)
 * and asks @modelcontextprotocol/server-everything over stdio (the operator's server) and over Streamable
 * HTTP (the tenant's remote server, run by the test) for cards, and whose wizard.onComplete posts the values
 * to the test API. Each action is tested from its editor; then the wizard is published and run in the
 * player, which shows the loaded cities and the table and cards, and the run detail lists every action log. Screenshots (1280 px and 375 px) go to test-results/.
 */
describe.skipIf(!hasChromium)('events and actions in the builder (Chromium + API + MCP)', () => {
  const api = new TestApi();
  const mcp = new TestMcpHttpServer();
  const everything = createRequire(import.meta.url).resolve(
    '@modelcontextprotocol/server-everything/dist/index.js',
  );
  const suite = browserSuite({
    hookTimeout: 240_000,
    serve: () =>
      startGuidepost({
        GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true',
        GUIDEPOST_MCP_SERVERS: JSON.stringify([
          {
            id: 'everything',
            name: 'Everything (local)',
            transport: 'stdio',
            command: process.execPath,
            args: [everything, 'stdio'],
          },
        ]),
      }),
    signUp: { name: 'Ada Lovelace', email: 'ada@actions.example', password: 'correct horse battery staple' },
  });
  beforeAll(async () => {
    await api.start();
    await mcp.start();
  });
  afterAll(async () => {
    await api.stop();
    await mcp.close();
  });

  let wizardId = '';
  let context: BrowserContext;
  let page: Page;

  const outline = () => page.getByRole('navigation', { name: 'Wizard outline' });
  const editor = () => page.getByRole('group', { name: 'Editor' });
  const saved = () => poll(() => page.getByText('All changes saved').isVisible()).toBe(true);
  const events = () => editor().getByRole('list', { name: 'Events' });

  async function addField(step: string, type: string, label: string, name: string): Promise<void> {
    await outline().getByLabel(`Type of the new field in ${step}`).selectOption({ label: type });
    await outline().getByRole('button', { name: 'Add field' }).click();
    await editor().getByRole('textbox', { name: 'Label', exact: true }).fill(label);
    await editor().getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  }

  async function setOption(n: number, label: string, value: string): Promise<void> {
    await editor().getByLabel(`Option ${n} Label`).fill(label);
    await editor().getByLabel(`Option ${n} Value`).fill(value);
  }

  /** Adds an event in the selected panel, opens it, names it and picks its trigger; returns its card. */
  async function addEvent(name: string, trigger: string): Promise<Locator> {
    await editor().getByRole('button', { name: 'Add event' }).click();
    const card = events().locator(':scope > li').last();
    await card.getByRole('button', { name: /^New event/ }).click();
    await card.getByLabel('Event name').fill(name);
    await card.getByLabel('Trigger').selectOption(trigger);
    return card;
  }

  /** Appends an action of `type` to the event and opens it; returns the action's card. */
  async function addAction(event: Locator, type: string, name: string): Promise<Locator> {
    await event.getByLabel('Type of the new action').selectOption(type);
    await event.getByRole('button', { name: 'Add action' }).click();
    const action = event
      .getByRole('list', { name: /^Actions of/ })
      .locator(':scope > li')
      .last();
    await action.getByRole('button', { expanded: false }).first().click();
    await action.getByLabel('Action name').fill(name);
    return action;
  }

  /** Presses the action's Test button (with `sample` values when given), expects success; returns the result's text. */
  async function testAction(action: Locator, sample?: object): Promise<string> {
    if (sample) await action.getByLabel('Sample values').fill(JSON.stringify(sample));
    await action.getByRole('button', { name: 'Test', exact: true }).click();
    const result = action.getByRole('region', { name: 'Test result' });
    await poll(() => result.getByText('Succeeded', { exact: true }).isVisible()).toBe(true);
    return (await result.textContent()) ?? '';
  }

  it('adds an API configuration and a remote MCP server on Settings → Connections', async () => {
    context = await suite.open();
    page = await context.newPage();
    await page.goto(`${suite.app.url}/settings`);
    await page.getByRole('link', { name: 'Manage connections →' }).click();
    await page.waitForURL(/\/settings\/connections$/);

    const apis = page.getByRole('region', { name: 'API configurations' });
    await apis.getByRole('button', { name: 'Add an API configuration' }).click();
    const apiForm = apis.getByRole('form', { name: 'API configuration' });
    await apiForm.getByLabel('Name').fill('Cities API');
    await apiForm.getByLabel('Base URL').fill(api.origin);
    await apiForm.getByLabel('Authentication').selectOption('bearer');
    await apiForm.getByLabel('Token').fill('tok-e2e-secret');
    await apiForm.getByRole('button', { name: 'Add configuration' }).click();
    const apiList = apis.getByRole('list', { name: 'API configurations' });
    await poll(() => apiList.getByText('Cities API').isVisible()).toBe(true);
    expect(await apiList.getByText('Credentials set').isVisible()).toBe(true);
    await apis.getByRole('button', { name: 'Edit Cities API' }).click();
    expect(await apiForm.getByLabel('Token').inputValue()).toBe('');
    expect(await apiForm.getByText('Set. Leave empty to keep the stored value').isVisible()).toBe(true);
    await apiForm.getByRole('button', { name: 'Cancel' }).click();

    const servers = page.getByRole('region', { name: 'MCP servers' });
    await poll(() => servers.getByText('Everything (local)').isVisible()).toBe(true);
    await servers.getByRole('button', { name: 'Add a remote MCP server' }).click();
    const mcpForm = servers.getByRole('form', { name: 'MCP server' });
    await mcpForm.getByLabel('Name').fill('Remote everything');
    await mcpForm.getByLabel('Streamable HTTP URL').fill(mcp.url);
    await mcpForm.getByLabel('Headers').fill('Authorization: Bearer mcp-e2e-secret');
    await mcpForm.getByRole('button', { name: 'Add server' }).click();
    const remote = servers
      .getByRole('list', { name: 'MCP servers' })
      .getByRole('listitem')
      .filter({ hasText: 'Remote everything' });
    await poll(() => remote.getByText('Headers set: Authorization').isVisible()).toBe(true);
    await remote.getByRole('button', { name: 'Tools' }).click();
    await poll(() => remote.getByText('get-sum', { exact: true }).isVisible()).toBe(true);
    expect(mcp.seen.some((h) => h.authorization === 'Bearer mcp-e2e-secret')).toBe(true);
    expect(await page.content()).not.toContain('tok-e2e-secret');
    expect(await page.content()).not.toContain('mcp-e2e-secret');

    await shot(page, `${SHOTS}/connections-desktop.png`);
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, `${SHOTS}/connections-phone.png`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it('builds a trip wizard with events and actions, testing each action from its editor', async () => {
    await page.goto(`${suite.app.url}/wizards`);
    await page.getByRole('button', { name: 'New wizard' }).first().click();
    await page.waitForURL(/\/wizards\/[0-9a-f-]{36}$/);
    wizardId = page.url().split('/').pop()!;
    await poll(() => outline().isVisible()).toBe(true);

    await outline().getByRole('button', { name: 'Wizard settings' }).click();
    await editor().getByLabel('Name', { exact: true }).fill('Trip planner');
    await editor().getByLabel('Slug', { exact: true }).fill('trip-planner');
    await outline()
      .getByRole('button', { name: /^Step 1: / })
      .click();
    await editor().getByLabel('Title', { exact: true }).fill('Where');
    await outline()
      .getByRole('button', { name: /^Question 1/ })
      .click();
    await editor().getByRole('textbox', { name: 'Label', exact: true }).fill('Your name');
    await editor().getByRole('textbox', { name: 'Name', exact: true }).fill('full_name');
    await addField('Where', 'Single choice', 'Country', 'country');
    await setOption(1, 'France', 'fr');
    await setOption(2, 'Germany', 'de');
    await addField('Where', 'Single choice', 'City', 'city');
    await setOption(1, 'Pick a country first', 'none');
    await addField('Where', 'Number', 'Nights', 'nights');
    await outline().getByRole('button', { name: 'Add step' }).click();
    await editor().getByLabel('Title', { exact: true }).fill('Your trip');
    await addField('Your trip', 'Long text', 'Anything else?', 'notes');
    await saved();

    // Country: its option set's change loads the cities into the city field.
    await outline()
      .getByRole('button', { name: /^Step 1: / })
      .click();
    await outline()
      .getByRole('button', { name: /^Country/ })
      .click();
    const cities = await addEvent('Load the cities', 'optionSet.onChange');
    const fetch = await addAction(cities, 'api_call', 'Fetch cities');
    await poll(() => fetch.getByLabel('API configuration').inputValue()).not.toBe('');
    await fetch.getByLabel('Path (template)').fill('/cities');
    await fetch.getByRole('button', { name: 'Add parameter' }).click();
    await fetch.getByLabel('parameter 1 name').fill('country');
    await fetch.getByLabel('parameter “country” template').fill('{{ values.country }}');
    // Its own headers: a literal credential is refused at once (the same schema as the server's); templates go.
    const headers = fetch.getByRole('textbox', { name: 'Headers', exact: true });
    await headers.fill('Authorization: Bearer typed-secret');
    await poll(() => fetch.getByText(/Authorization: carries a credential/).isVisible()).toBe(true);
    await shot(page, `${SHOTS}/actions-builder-headers-refused.png`);
    await headers.fill('X-Client: trip-planner\nAccept-Language: {{ values.country | default: "en" }}');
    await poll(() => fetch.getByText(/carries a credential/).count()).toBe(0);
    await fetch.getByLabel('Output goes').selectOption('option_set');
    await fetch.getByLabel('Select field').selectOption('city');
    await fetch.getByLabel('Path (JMESPath, optional)').fill('cities');
    await fetch.getByLabel('Label path').fill('name');
    await fetch.getByLabel('Value path').fill('code');
    await fetch.getByLabel('Loading message').fill('Looking up cities…');
    expect(await testAction(fetch)).toContain('Paris');
    expect(
      api.seen.some(
        (r) =>
          r.url.pathname === '/cities' &&
          r.headers.authorization === 'Bearer tok-e2e-secret' &&
          r.headers['x-client'] === 'trip-planner' &&
          r.headers['accept-language'] === 'fr',
      ),
    ).toBe(true);
    await shot(page, `${SHOTS}/actions-builder-api-call.png`);

    // Nights (a number field, no options): its answer changing shows a message.
    await outline()
      .getByRole('button', { name: /^Nights/ })
      .click();
    const nights = await addEvent('Note the nights', 'optionSet.onChange');
    expect(await nights.getByLabel('Trigger').locator('option').allTextContents()).toEqual([
      expect.stringContaining('optionSet.onLoad'),
      expect.stringContaining('optionSet.onChange'),
      expect.stringContaining('optionSet.onApply'),
    ]);
    const say = await addAction(nights, 'show_message', 'Say the nights');
    await say.getByLabel(/^Message/).fill('{{ values.nights }} nights, noted');
    await shot(page, `${SHOTS}/actions-builder-field-event.png`);

    // Step 2: entering it prices the trip and asks both MCP servers.
    await outline()
      .getByRole('button', { name: /^Step 2: / })
      .click();
    const trip = await addEvent('Price and suggest', 'step.onEntry');
    const price = await addAction(trip, 'transform_data', 'Price the trip');
    await price.getByLabel('Language').selectOption('javascript');
    await price
      .getByLabel('Function body')
      .fill('return [{ city: values.city, nights: values.nights, price: values.nights * 120 }];');
    await price.getByLabel('Output goes').selectOption('renderer');
    await price.getByLabel('Renderer').selectOption('table');
    await price.getByLabel('Title').fill('Your price');
    expect(await testAction(price, { city: 'lyo', nights: 3 })).toContain('360');
    await price.getByRole('button', { name: /^1\. Price the trip/ }).click();

    const local = await addAction(trip, 'mcp_call', 'Ask the local agent');
    await local.getByLabel('MCP server').selectOption('everything');
    await poll(() => local.getByLabel('Tool').isEnabled()).toBe(true);
    await local.getByLabel('Tool').selectOption('echo');
    await local.getByLabel(/^message/).fill('Trip to {{ values.city }}');
    await local.getByLabel('Output goes').selectOption('renderer');
    await local.getByLabel('Renderer').selectOption('card_grid');
    await local.getByLabel('Title').fill('From the local agent');
    expect(await testAction(local)).toContain('Echo: Trip to');
    await local.getByRole('button', { name: /^2\. Ask the local agent/ }).click();

    const remote = await addAction(trip, 'mcp_call', 'Ask the remote agent');
    await remote.getByLabel('MCP server').selectOption({ label: 'Remote everything' });
    await poll(() => remote.getByLabel('Tool').isEnabled()).toBe(true);
    await remote.getByLabel('Tool').selectOption('get-sum');
    await remote.getByLabel(/^a \(number\)/).fill('{{ values.nights }}');
    await remote.getByLabel(/^b \(number\)/).fill('2');
    await remote.getByLabel('Output goes').selectOption('renderer');
    await remote.getByLabel('Renderer').selectOption('card_grid');
    await remote.getByLabel('Title').fill('From the remote agent');
    expect(await testAction(remote, { nights: 3 })).toMatch(/\b5\b/);
    await shot(page, `${SHOTS}/actions-builder-mcp-call.png`);
    await remote.getByRole('button', { name: /^3\. Ask the remote agent/ }).click();

    // The wizard: on completion, post the values to the test API.
    await outline().getByRole('button', { name: 'Wizard settings' }).click();
    const done = await addEvent('Send to the CRM', 'wizard.onComplete');
    const post = await addAction(done, 'api_call', 'Post the trip');
    await post.getByLabel('Method').selectOption('POST');
    await post.getByLabel('Path (template)').fill('/echo/trips');
    await post.getByLabel('Body').selectOption('input');
    for (const [name, template] of [
      ['country', '{{ values.country }}'],
      ['city', '{{ values.city }}'],
      ['nights', '{{ values.nights }}'],
    ]) {
      await post.getByRole('button', { name: 'Add input' }).click();
      const n = await post.getByLabel(/^input \d+ name$/).count();
      await post.getByLabel(`input ${n} name`).fill(name!);
      await post.getByLabel(`input “${name}” template`).fill(template!);
    }
    await saved();
    await poll(() =>
      outline()
        .getByText(/problem/)
        .count(),
    ).toBe(0);
    await shot(page, `${SHOTS}/actions-builder-desktop.png`);
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, `${SHOTS}/actions-builder-phone.png`);
    await page.setViewportSize({ width: 1280, height: 900 });
    // A layout change (phone tabs and back) keeps the open editors: the action opened above is still open.
    await poll(() => post.getByLabel('Method').isVisible()).toBe(true);

    const draft = (await (
      await context.request.get(`${suite.app.url}/api/v1/wizards/${wizardId}`)
    ).json()) as {
      draft: { events: Array<{ trigger: string; actions: Array<{ type: string }> }> };
      problems: unknown[];
    };
    expect(draft.problems).toEqual([]);
    expect(draft.draft.events.map((e) => [e.trigger, e.actions.map((a) => a.type)])).toEqual([
      ['optionSet.onChange', ['api_call']],
      ['optionSet.onChange', ['show_message']],
      ['step.onEntry', ['transform_data', 'mcp_call', 'mcp_call']],
      ['wizard.onComplete', ['api_call']],
    ]);
  }, 240_000);

  it('runs the wizard in the player: cities load, actions fire, the values are posted, the run detail lists every action log', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await poll(() => page.getByText('Published · v1').isVisible()).toBe(true);
    await page
      .getByRole('dialog', { name: /^Share / })
      .getByRole('button', { name: 'Done' })
      .click();
    await page.getByRole('button', { name: 'Start a run' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const runId = page.url().split('/').pop()!;

    await poll(() => page.getByRole('heading', { name: 'Where' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: /^Your name/ }).fill('Ada Lovelace');
    await page.getByRole('radio', { name: 'France' }).check();
    await poll(() => page.getByRole('radio', { name: 'Lyon' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Pick a country first' }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Lyon' }).check();
    await page.getByRole('textbox', { name: /^Nights/ }).fill('3');
    await poll(() => page.getByText('3 nights, noted').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Next →' }).click();
    await poll(() => page.getByRole('heading', { name: 'Your trip' }).isVisible()).toBe(true);
    // The player's renderers (merged from the actions-player branch): a table and two card grids.
    const shown = (title: string) => page.getByRole('article', { name: title });
    await poll(() => shown('Your price').getByRole('table').textContent()).toContain('360');
    await poll(() => shown('From the local agent').textContent()).toContain('Echo: Trip to lyo');
    await poll(() => shown('From the remote agent').textContent()).toMatch(/\b5\b/);
    await shot(page, `${SHOTS}/actions-run-desktop.png`);
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, `${SHOTS}/actions-run-phone.png`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same outputs are run events, which replay and the guide read.
    const runEvents = async () =>
      (
        (await (await context.request.get(`${suite.app.url}/api/v1/runs/${runId}/events`)).json()) as {
          events: Array<{ event: { type: string; renderer?: string; title?: string; data?: unknown } }>;
        }
      ).events.map((e) => e.event);
    await poll(async () => (await runEvents()).filter((e) => e.type === 'renderer_output').length).toBe(3);
    const outputs = (await runEvents()).filter((e) => e.type === 'renderer_output');
    expect(outputs.map((o) => [o.renderer, o.title])).toEqual([
      ['table', 'Your price'],
      ['card_grid', 'From the local agent'],
      ['card_grid', 'From the remote agent'],
    ]);
    expect(JSON.stringify(outputs[0]!.data)).toContain('360');
    expect(JSON.stringify(outputs[1]!.data)).toContain('Echo: Trip to lyo');
    expect(JSON.stringify(outputs[2]!.data)).toMatch(/\b5\b/);

    await page.getByRole('textbox', { name: /^Anything else/ }).fill('A room with a view.');
    await page.getByRole('button', { name: 'Review →' }).click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await poll(() => page.getByRole('heading', { name: 'All done — thank you!' }).isVisible()).toBe(true);
    await poll(() => api.seen.filter((r) => r.url.pathname === '/echo/trips').length).toBe(1);
    const posted = api.seen.find((r) => r.url.pathname === '/echo/trips')!;
    expect(posted.method).toBe('POST');
    expect(JSON.parse(posted.body)).toEqual({ country: 'fr', city: 'lyo', nights: 3 });

    await page.goto(`${suite.app.url}/runs/${runId}/detail`);
    const logs = page.getByRole('list', { name: 'Action logs' });
    await poll(() => logs.getByRole('listitem').count()).toBe(6);
    expect(await logs.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Succeeded\s*api_call\s*API call/),
      expect.stringMatching(/^Succeeded\s*show_message\s*Show a message/),
      expect.stringMatching(/^Succeeded\s*transform_data\s*Transform data/),
      expect.stringMatching(/^Succeeded\s*mcp_call\s*MCP tool call/),
      expect.stringMatching(/^Succeeded\s*mcp_call_2\s*MCP tool call/),
      expect.stringMatching(/^Succeeded\s*api_call\s*API call.*wizard\.onComplete/),
    ]);
    await logs.getByRole('listitem').nth(3).locator('summary').click();
    await poll(() => logs.getByText('Echo: Trip to lyo').first().isVisible()).toBe(true);
    await shot(page, `${SHOTS}/actions-run-detail-desktop.png`);
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, `${SHOTS}/actions-run-detail-phone.png`);
    await context.close();
  }, 180_000);
});
