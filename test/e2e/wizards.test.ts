import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectNoSeriousAxeViolations,
  hasChromium,
  poll,
  shot,
  SHOTS,
  submitSignUp,
} from './harness.js';

/**
 * The wizard list and the templates gallery in Chromium against the real API (PGlite in a temp dir): a new
 * workspace starts empty, "Use this template" copies Lead capture and opens the builder, the copy is listed
 * as a draft, the search filters, archive and delete ask for confirmation, and the list ends empty again.
 * Screenshots of both pages (1280 px light and dark, 375 px light) go to test-results/; axe checks both.
 */
const VIEWS = [
  ['desktop-light', 1280, 900, 'light'],
  ['desktop-dark', 1280, 900, 'dark'],
  ['375-light', 375, 812, 'light'],
] as const;

describe.skipIf(!hasChromium)('wizard list and templates gallery (Chromium + API)', () => {
  const suite = browserSuite();
  const { open } = suite;
  let operator = '';

  beforeAll(async () => {
    // The first account owns the default tenant (with the built-ins); the user under test gets a new one.
    const first = await fetch(`${suite.app.url}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Operator',
        email: 'ops@example.com',
        password: 'correct horse battery staple',
      }),
    });
    expect(first.status).toBe(201);
    operator = ((await first.json()) as { token: string }).token;
  });

  /** The id of the template with this slug, through the page's session. */
  async function templateId(page: Page, slug: string): Promise<string> {
    const list = await (await page.request.get(`${suite.app.url}/api/v1/templates`)).json();
    return list.items.find((t: { slug: string }) => t.slug === slug).id;
  }

  it('uses a template, lists, searches, archives and deletes with confirmations', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/sign-up`);
    await submitSignUp(page, {
      name: 'Grace Hopper',
      email: 'grace@navy.example',
      password: 'correct horse battery staple',
    });

    // A new workspace: the list is empty and invites a first wizard.
    await page.waitForURL(/\/wizards$/);
    await poll(() => page.getByRole('heading', { name: 'Create your first wizard' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'New wizard' }).isVisible()).toBe(true);
    await shot(page, `${SHOTS}/wizards-empty-desktop-light.png`);
    await expectNoSeriousAxeViolations(page);
    suite.signedIn = await context.storageState();

    await page.getByRole('link', { name: 'Browse templates' }).click();
    await page.waitForURL(/\/templates$/);
    const lead = page.getByRole('article', { name: 'Lead capture' });
    await lead.getByRole('button', { name: 'Use this template' }).click();
    await page.waitForURL(/\/wizards\/[0-9a-f-]{36}$/);
    const wizardId = page.url().split('/').at(-1)!;

    await page.goto(`${suite.app.url}/wizards`);
    const card = page.getByRole('article', { name: 'Lead capture' });
    await poll(() => card.isVisible()).toBe(true);
    expect(await card.getByText('draft', { exact: true }).isVisible()).toBe(true);
    expect(await card.getByRole('link', { name: 'Lead capture' }).getAttribute('href')).toBe(
      `/wizards/${wizardId}`,
    );

    // A second wizard, so the search has something to leave out.
    const cloned = await page.request.post(
      `${suite.app.url}/api/v1/templates/${await templateId(page, 'create-a-sidekick')}/clone`,
    );
    expect(cloned.status()).toBe(201);
    await page.reload();
    const sidekick = page.getByRole('article', { name: 'Create a sidekick' });
    await poll(() => sidekick.isVisible()).toBe(true);
    await page.getByLabel('Search wizards').fill('lead');
    await page.waitForURL(/\?q=lead$/);
    await poll(() => sidekick.isVisible()).toBe(false);
    expect(await card.isVisible()).toBe(true);

    // Archive, after a confirmation: it leaves the default list and shows under Archived.
    await card.getByRole('button', { name: 'More actions for Lead capture' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    const archiveDialog = page.getByRole('alertdialog', { name: 'Archive Lead capture?' });
    await poll(() => archiveDialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => archiveDialog.isVisible()).toBe(false);
    expect(await card.getByText('draft', { exact: true }).isVisible()).toBe(true);
    await card.getByRole('button', { name: 'More actions for Lead capture' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await archiveDialog.getByRole('button', { name: 'Archive wizard' }).click();
    await poll(() => page.getByRole('heading', { name: 'No wizards match these filters' }).isVisible()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Archived' }).click();
    await page.waitForURL(/status=archived/);
    await poll(() => card.getByText('archived', { exact: true }).isVisible()).toBe(true);

    // Delete, after a confirmation.
    await card.getByRole('button', { name: 'More actions for Lead capture' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete Lead capture?' })
      .getByRole('button', { name: 'Delete wizard' })
      .click();
    await poll(() => card.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await sidekick.getByRole('button', { name: 'More actions for Create a sidekick' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete wizard' }).click();
    await poll(() => page.getByRole('heading', { name: 'Create your first wizard' }).isVisible()).toBe(true);
    expect(page.url()).toBe(`${suite.app.url}/wizards`);
    await context.close();
  }, 120_000);

  it('screenshots the wizard list with statistics and passes axe', async () => {
    const setup = await open();
    const page = await setup.newPage();
    await page.goto(`${suite.app.url}/wizards`);
    const clone = async (slug: string) =>
      (
        await page.request.post(`${suite.app.url}/api/v1/templates/${await templateId(page, slug)}/clone`)
      ).json() as Promise<{ id: string; slug: string }>;
    const lead = await clone('lead-capture');
    expect((await page.request.post(`${suite.app.url}/api/v1/wizards/${lead.id}/publish`)).status()).toBe(
      200,
    );
    for (let i = 0; i < 3; i++) {
      const run = await page.request.post(`${suite.app.url}/api/v1/runs`, {
        data: { slug: lead.slug, channel: 'form' },
      });
      expect(run.status()).toBe(201);
    }
    await clone('create-a-sidekick');
    await setup.close();

    for (const [label, width, height, scheme] of VIEWS) {
      const context = await open({ viewport: { width, height }, colorScheme: scheme });
      const view = await context.newPage();
      await view.goto(`${suite.app.url}/wizards`);
      const card = view.getByRole('article', { name: 'Lead capture' });
      await poll(() => card.isVisible()).toBe(true);
      expect(await card.getByText('published', { exact: true }).isVisible()).toBe(true);
      expect(await card.getByText('Runs').locator('xpath=following-sibling::dd').textContent()).toBe('3');
      expect(await card.getByRole('button', { name: 'Start Lead capture' }).isVisible()).toBe(true);
      await shot(view, `${SHOTS}/wizards-${label}.png`);
      await expectNoSeriousAxeViolations(view);
      await context.close();
    }
  }, 120_000);

  it('screenshots the templates gallery and passes axe; visitors are sent to sign in', async () => {
    for (const [label, width, height, scheme] of VIEWS) {
      const context = await open({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${suite.app.url}/templates`);
      const lead = page.getByRole('article', { name: 'Lead capture' });
      await poll(() => lead.getByRole('button', { name: 'Use this template' }).isVisible()).toBe(true);
      expect(await lead.getByRole('link', { name: 'Preview Lead capture' }).getAttribute('href')).toBe(
        '/preview/lead-capture',
      );
      await shot(page, `${SHOTS}/templates-${label}.png`);
      await expectNoSeriousAxeViolations(page);
      await context.close();
    }
    // Signed out, "/" leads to the gallery, and "Use this template" to sign-in.
    const visitor = await open({ storageState: undefined });
    const page = await visitor.newPage();
    await page.goto(suite.app.url);
    await page.waitForURL(/\/templates$/);
    await page
      .getByRole('article', { name: 'Lead capture' })
      .getByRole('link', { name: 'Use this template' })
      .click();
    await page.waitForURL(/\/sign-in$/);
    await visitor.close();
  }, 120_000);

  it('previews a template that is not a built-in from its definition on the server', async () => {
    const api = (path: string, body: unknown) =>
      fetch(`${suite.app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${operator}` },
        body: JSON.stringify(body),
      });
    const created = await api('/api/v1/wizards', {
      name: 'Client onboarding',
      slug: 'client-onboarding',
      description: 'Welcome a new client and collect what the first meeting needs.',
      is_template: true,
      steps: [
        {
          id: 'company',
          title: 'Your company',
          fields: [{ name: 'company', label: 'Company name', type: 'text', required: true }],
        },
      ],
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await api(`/api/v1/wizards/${id}/publish`, {})).status).toBe(200);

    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/templates`);
    const card = page.getByRole('article', { name: 'Client onboarding' });
    await poll(() => card.isVisible()).toBe(true);
    await card.getByRole('link', { name: 'Preview Client onboarding' }).click();
    await page.waitForURL(new RegExp(`/templates/${id}/preview$`));
    await poll(() => page.getByRole('heading', { name: /Client onboarding/ }).isVisible()).toBe(true);
    await poll(() => page.getByLabel('Company name').isVisible()).toBe(true);
    await page.getByLabel('Company name').fill('Analytical Engines');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Analytical Engines');
    await context.close();
  }, 60_000);

  it('creates blank drafts with "New wizard" and opens each in the builder', async () => {
    const context = await open();
    const page = await context.newPage();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.goto(`${suite.app.url}/wizards`);
      await page.getByRole('button', { name: 'New wizard' }).click();
      await page.waitForURL(/\/wizards\/[0-9a-f-]{36}$/);
      ids.push(page.url().split('/').at(-1)!);
    }
    expect(new Set(ids).size).toBe(2);
    const list = await (await page.request.get(`${suite.app.url}/api/v1/wizards?q=untitled`)).json();
    expect(list.items.map((w: { id: string; status: string }) => [w.id, w.status]).sort()).toEqual(
      ids.map((id) => [id, 'draft']).sort(),
    );
    await context.close();
  }, 60_000);
});
