import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * The wizard builder in Chromium against the real API (in-process, PGlite in a temp dir): build a three-step
 * wizard with a conditional field, publish it, start a form run and fill it by typing; refuse to publish an
 * invalid condition and show why next to the field; reorder steps by keyboard drag-and-drop and by the move
 * buttons; duplicate a field and a step and move a field to another step; all persisting across a reload.
 * Screenshots (1280 px light and dark, 375 px) go to test-results/.
 */
describe.skipIf(!hasChromium)('wizard builder (Chromium + API)', () => {
  const suite = browserSuite({
    hookTimeout: 240_000,
    signUp: {
      name: 'Grace Hopper',
      email: 'grace@builder.example',
      password: 'correct horse battery staple',
    },
  });
  const { open } = suite;

  const outline = (page: Page) => page.getByRole('navigation', { name: 'Wizard outline' });
  const saved = (page: Page) => poll(() => page.getByText('All changes saved').isVisible()).toBe(true);

  /** Opens /wizards, presses "New wizard" and waits for the builder of the new draft. */
  async function newWizard(page: Page): Promise<void> {
    await page.goto(`${suite.app.url}/wizards`);
    await page.getByRole('button', { name: 'New wizard' }).first().click();
    await page.waitForURL(/\/wizards\/[0-9a-f-]{36}$/);
    await poll(() => outline(page).isVisible()).toBe(true);
  }

  async function selectStep(page: Page, n: number): Promise<void> {
    await outline(page)
      .getByRole('button', { name: new RegExp(`^Step ${n}: `) })
      .click();
  }

  async function addField(page: Page, step: string, type: string): Promise<void> {
    await outline(page).getByLabel(`Type of the new field in ${step}`).selectOption({ label: type });
    await outline(page).getByRole('button', { name: 'Add field' }).click();
  }

  /** The editor pane (the middle card). */
  const editor = (page: Page) => page.getByRole('group', { name: 'Editor' });

  /**
   * Presses an arrow key during a keyboard drag until dnd-kit announces `announced`. Its KeyboardSensor starts
   * listening for keys in a `setTimeout` after the pick-up, which a loaded machine may run after the pick-up
   * announcement shows, so a first key can go unheard; a heard key is announced at once.
   */
  async function pressUntilAnnounced(page: Page, key: string, announced: RegExp): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.keyboard.press(key);
      const heard = await expect
        .poll(() => page.getByText(announced).count(), { timeout: 2_000, interval: 100 })
        .toBe(1)
        .then(() => true)
        .catch(() => false);
      if (heard) return;
    }
    throw new Error(`${key} was never announced as ${announced}`);
  }

  async function fillField(page: Page, label: string, name: string): Promise<void> {
    await editor(page).getByRole('textbox', { name: 'Label', exact: true }).fill(label);
    await editor(page).getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  }

  /** Sets a field's show_if through the condition builder's raw JSON view. */
  async function setShowIf(page: Page, json: string): Promise<Locator> {
    await editor(page).getByRole('button', { name: 'Show when…' }).click();
    const group = editor(page).getByRole('group', { name: /^Show this field when/ });
    await group.getByRole('button', { name: 'Raw JSON' }).click();
    await group.getByRole('textbox').fill(json);
    return group;
  }

  it('builds a three-step wizard with a conditional field, publishes it and completes a form run', async () => {
    const context = await open();
    const page = await context.newPage();
    await newWizard(page);

    await outline(page).getByRole('button', { name: 'Wizard settings' }).click();
    await editor(page).getByLabel('Name', { exact: true }).fill('Company intake');
    await editor(page).getByLabel('Slug', { exact: true }).fill('company-intake');

    await selectStep(page, 1);
    await editor(page).getByLabel('Title', { exact: true }).fill('About you');
    await outline(page)
      .getByRole('button', { name: /^Question 1/ })
      .click();
    await fillField(page, 'Full name', 'full_name');
    await addField(page, 'About you', 'Yes / no');
    await fillField(page, 'Do you have a company?', 'has_company');
    await addField(page, 'About you', 'Short text');
    await fillField(page, 'Company name', 'company');
    await setShowIf(page, '{"==": [{"var": "has_company"}, true]}');

    await outline(page).getByRole('button', { name: 'Add step' }).click();
    await editor(page).getByLabel('Title', { exact: true }).fill('Contact');
    await addField(page, 'Contact', 'Email');
    await outline(page).getByRole('button', { name: 'Add step' }).click();
    await editor(page).getByLabel('Title', { exact: true }).fill('Anything else');
    await addField(page, 'Anything else', 'Long text');
    await fillField(page, 'Anything else we should know?', 'notes');

    await saved(page);
    await poll(() => page.getByText('Fix the problems to preview').count()).toBe(0);
    await poll(() => page.getByRole('switch', { name: /Do you have a company/ }).isVisible()).toBe(true);
    expect(
      await outline(page)
        .getByText(/problem/)
        .count(),
    ).toBe(0);

    await outline(page).getByRole('button', { name: 'Step 1: About you' }).click();
    await outline(page)
      .getByRole('button', { name: /^Company name/ })
      .click();
    await shot(page, `${SHOTS}/builder-desktop-light.png`);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await poll(() => page.getByText('Published · v1').isVisible()).toBe(true);
    await page
      .getByRole('dialog', { name: /^Share / })
      .getByRole('button', { name: 'Done' })
      .click();
    expect(await page.getByText('Unpublished changes').count()).toBe(0);
    await outline(page)
      .getByRole('button', { name: /^Version history/ })
      .click();
    await editor(page)
      .getByRole('button', { name: /^Version 1/ })
      .click();
    const version = editor(page).getByRole('region', { name: 'Version 1' });
    await poll(() => version.getByText('Company name').isVisible()).toBe(true);
    expect(await version.getByRole('button', { name: 'Restore into draft' }).isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('company-intake.json');
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.version).toBe(1);
    expect(file.wizard.steps.map((s: { title: string }) => s.title)).toEqual([
      'About you',
      'Contact',
      'Anything else',
    ]);

    await page.getByRole('button', { name: 'Start a run' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);

    await poll(() => page.getByRole('heading', { name: 'About you' }).isVisible()).toBe(true);
    // The guide greets on a run started from the builder, as on one started from the templates.
    const conversation = page.getByRole('log', { name: 'Conversation' });
    await poll(async () => (await conversation.textContent())?.trim() ?? '').not.toBe('');
    await shot(page, `${SHOTS}/first-day-builder-run-greeting.png`);
    await page.getByRole('textbox', { name: /^Full name/ }).fill('Grace Hopper');
    expect(await page.getByRole('textbox', { name: /^Company name/ }).count()).toBe(0);
    await page.getByRole('switch', { name: /Do you have a company/ }).click();
    await poll(() => page.getByRole('textbox', { name: /^Company name/ }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: /^Company name/ }).fill('Eckert-Mauchly');
    await page.getByRole('button', { name: 'Next →' }).click();
    await poll(() => page.getByRole('heading', { name: 'Contact' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: /^Email address/ }).fill('grace@eckert.example');
    await page.getByRole('button', { name: 'Next →' }).click();
    await poll(() => page.getByRole('heading', { name: 'Anything else', exact: true }).isVisible()).toBe(
      true,
    );
    await page.getByRole('textbox', { name: /^Anything else we should know/ }).fill('COBOL, please.');
    await page.getByRole('button', { name: 'Review →' }).click();
    await poll(() => page.getByText('Eckert-Mauchly').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Submit' }).click();
    await poll(() => page.getByRole('heading', { name: 'All done — thank you!' }).isVisible()).toBe(true);
    // After completion the chat input is disabled and says why.
    await poll(() => page.getByRole('textbox', { name: /^Message / }).isDisabled()).toBe(true);
    await poll(() =>
      page.getByText('This run is complete: the guide takes no more messages.').isVisible(),
    ).toBe(true);
    await shot(page, `${SHOTS}/first-day-run-completed-chat-closed.png`);

    await page.getByRole('link', { name: 'Runs', exact: true }).first().click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Company intake' }) });
    await poll(() => row.count()).toBe(1);
    await poll(() => row.textContent()).toMatch(/completed/i);
    await context.close();
  }, 180_000);

  it('refuses to publish an invalid condition and shows why next to the field', async () => {
    const context = await open();
    const page = await context.newPage();
    await newWizard(page);
    await outline(page)
      .getByRole('button', { name: /^Question 1/ })
      .click();
    const condition = await setShowIf(page, '{"==": [{"var": "ghost_field"}, "yes"]}');
    await poll(() => condition.getByText('refers to unknown field "ghost_field"').isVisible()).toBe(true);
    const publish = page.getByRole('button', { name: 'Publish: fix 1 problem first' });
    await poll(() => publish.textContent()).toContain('1 problem');
    expect(await publish.isDisabled()).toBe(true);
    await poll(() =>
      outline(page)
        .getByRole('button', { name: /^Step 1: .*1 problem/ })
        .isVisible(),
    ).toBe(true);
    await poll(() => page.getByText('Fix the problems to preview').isVisible()).toBe(true);
    await saved(page);

    const wizardId = page.url().split('/').pop()!;
    const refused = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/wizards/${id}/publish`, { method: 'POST' });
      return { status: response.status, body: await response.json() };
    }, wizardId);
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      { path: 'steps.0.fields.0.conditions.show_if', message: 'refers to unknown field "ghost_field"' },
    ]);

    // A wizard file with problems is refused, every problem listed.
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ version: 1, wizard: { id: 'x', name: '', slug: 'Bad Slug', steps: [] } }),
      ),
    });
    const importAlert = page.getByRole('alert').filter({ hasText: 'broken.json cannot be imported' });
    await poll(() => importAlert.isVisible()).toBe(true);
    expect(await importAlert.getByRole('listitem').count()).toBe(3);
    await poll(() => importAlert.textContent()).toContain('wizard.slug');

    // Archived: read-only with a notice.
    await page.evaluate(async (id) => {
      await fetch(`/api/v1/wizards/${id}/archive`, { method: 'POST' });
    }, wizardId);
    await page.reload();
    await poll(() => page.getByText('This wizard is archived.').isVisible()).toBe(true);
    await selectStep(page, 1);
    expect(await editor(page).getByLabel('Title', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^Publish/ }).isDisabled()).toBe(true);
    expect(await outline(page).getByRole('button', { name: 'Add step' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('reorders steps with the keyboard and the move buttons, and the order survives a reload', async () => {
    const context = await open();
    const page = await context.newPage();
    await newWizard(page);
    await selectStep(page, 1);
    await editor(page).getByLabel('Title', { exact: true }).fill('Alpha');
    for (const title of ['Beta', 'Gamma']) {
      await outline(page).getByRole('button', { name: 'Add step' }).click();
      await editor(page).getByLabel('Title', { exact: true }).fill(title);
    }
    const order = () =>
      outline(page)
        .getByRole('button', { name: /^Step \d: / })
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    await poll(order).toEqual(['Step 1: Alpha', 'Step 2: Beta', 'Step 3: Gamma']);

    // Keyboard drag-and-drop: Space picks Alpha up, ArrowDown moves it below Beta, Space drops it.
    await outline(page).getByRole('button', { name: 'Reorder step 1, “Alpha”' }).focus();
    await page.keyboard.press('Space');
    await poll(() =>
      page.getByText(/^(Picked up step 1, “Alpha”|step 1, “Alpha” is over position 1 of 3)\.$/).count(),
    ).toBe(1);
    await pressUntilAnnounced(page, 'ArrowDown', /is over position 2 of 3/);
    await page.keyboard.press('Space');
    await poll(order).toEqual(['Step 1: Beta', 'Step 2: Alpha', 'Step 3: Gamma']);

    // The explicit button: Gamma up above Alpha.
    await outline(page).getByRole('button', { name: 'Move step 3, “Gamma” up' }).click();
    await poll(order).toEqual(['Step 1: Beta', 'Step 2: Gamma', 'Step 3: Alpha']);

    // Fields reorder the same way: the new "Yes or no?" field is dragged above "Question 1" with the keyboard.
    await selectStep(page, 3);
    await addField(page, 'Alpha', 'Yes / no');
    const fields = () =>
      outline(page)
        .getByRole('list', { name: 'Fields of Alpha' })
        .getByRole('button', { name: /\(/ })
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    await poll(fields).toEqual(['Question 1 (Short text)', 'Yes or no? (Yes / no)']);
    await outline(page).getByRole('button', { name: 'Reorder field “Yes or no?”' }).focus();
    await page.keyboard.press('Space');
    await poll(() =>
      page
        .getByText(/^(Picked up field “Yes or no\?”|field “Yes or no\?” is over position 2 of 2)\.$/)
        .count(),
    ).toBe(1);
    await pressUntilAnnounced(page, 'ArrowUp', /^field “Yes or no\?” is over position 1 of 2\.$/);
    await page.keyboard.press('Space');
    await poll(fields).toEqual(['Yes or no? (Yes / no)', 'Question 1 (Short text)']);
    await saved(page);

    await page.reload();
    await poll(order).toEqual(['Step 1: Beta', 'Step 2: Gamma', 'Step 3: Alpha']);
    await selectStep(page, 3);
    await poll(fields).toEqual(['Yes or no? (Yes / no)', 'Question 1 (Short text)']);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await shot(page, `${SHOTS}/builder-desktop-dark.png`);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  }, 120_000);

  it('duplicates a field and a step and moves a field to another step, and it all survives a reload', async () => {
    const context = await open();
    const page = await context.newPage();
    await newWizard(page);
    await selectStep(page, 1);
    await editor(page).getByLabel('Title', { exact: true }).fill('Alpha');
    await outline(page)
      .getByRole('button', { name: /^Question 1/ })
      .click();
    await fillField(page, 'Name', 'name');
    await editor(page).getByRole('button', { name: 'Duplicate field “Name”' }).click();
    await poll(() => editor(page).getByRole('heading', { name: 'Name (copy)' }).isVisible()).toBe(true);

    await selectStep(page, 1);
    await editor(page).getByRole('button', { name: 'Duplicate step' }).click();
    await poll(() => editor(page).getByRole('heading', { name: 'Alpha (copy)' }).isVisible()).toBe(true);
    await outline(page)
      .getByRole('list', { name: 'Fields of Alpha (copy)' })
      .getByRole('button', { name: /^Name \(copy\)/ })
      .click();
    // The "Move to step…" menu by keyboard: ArrowDown opens it on "Step 1: Alpha", Enter moves the field there.
    await editor(page).getByRole('button', { name: 'Move field “Name (copy)” to step…' }).focus();
    await page.keyboard.press('ArrowDown');
    await poll(() => page.getByRole('menuitem', { name: 'Step 1: Alpha' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await poll(() => editor(page).getByText('Step 1 · Alpha · Short text').isVisible()).toBe(true);
    await saved(page);

    const wizardId = page.url().split('/').pop()!;
    const steps = await page.evaluate(async (id) => {
      const { draft } = await (await fetch(`/api/v1/wizards/${id}`)).json();
      return draft.steps.map((s: { title: string; fields: Array<{ name: string }> }) => ({
        title: s.title,
        fields: s.fields.map((f) => f.name),
      }));
    }, wizardId);
    expect(steps).toEqual([
      { title: 'Alpha', fields: ['name', 'name_2', 'name_2_2'] },
      { title: 'Alpha (copy)', fields: ['name_3'] },
    ]);
    await page.reload();
    await poll(() => outline(page).getByRole('button', { name: 'Step 2: Alpha (copy)' }).isVisible()).toBe(
      true,
    );
    await context.close();
  }, 120_000);

  it('works on a phone: outline, editor and preview as tabs', async () => {
    const context = await open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/wizards`);
    await page.getByRole('button', { name: 'New wizard' }).first().click();
    await page.waitForURL(/\/wizards\/[0-9a-f-]{36}$/);
    await poll(() => page.getByRole('tab', { name: 'Edit' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Outline' }).click();
    await outline(page)
      .getByRole('button', { name: /^Question 1/ })
      .click();
    await poll(() => page.getByRole('tab', { name: 'Edit', selected: true }).isVisible()).toBe(true);
    await shot(page, `${SHOTS}/builder-phone-light.png`);
    await expectNoSeriousAxeViolations(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await context.close();
  }, 120_000);
});
