import { describe, it } from 'vitest';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * First-day polish in Chromium: the progress bar counting steps and an unanswered yes/no field (field-types
 * preview), and the Profile and Workspace forms in Settings (change the name, rename the workspace, a too
 * short password refused in plain words). Screenshots go to test-results/first-day-*.png.
 */
describe.skipIf(!hasChromium)('first-day polish (Chromium)', () => {
  const suite = browserSuite({
    signUp: { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' },
  });

  it('shows step progress and an unanswered yes/no field as not answered', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/preview/field-types`);
    await page.getByLabel('Full name').fill('Grace Hopper');
    for (const title of ['Dates and times', 'Choices']) {
      await page.getByRole('button', { name: /Next/ }).click();
      await poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    }
    await poll(() =>
      page.getByRole('progressbar', { name: 'Steps done' }).getAttribute('aria-valuenow'),
    ).not.toBe('0');
    await poll(() => page.getByText('Not answered yet').first().isVisible()).toBe(true);
    await shot(page, `${SHOTS}/first-day-player-unanswered-switch.png`);
    await page.getByRole('switch', { name: /newsletter/ }).click();
    await poll(() => page.getByRole('switch', { name: /newsletter/ }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await context.close();
  });

  it('changes my name and renames the workspace in Settings, with problems in plain words', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/settings`);
    await poll(() => page.getByRole('form', { name: 'Your account' }).isVisible()).toBe(true);
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await poll(() => page.getByText('Your account was updated').isVisible()).toBe(true);

    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Current password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await poll(() => page.getByText('Use at least 10 characters.').isVisible()).toBe(true);
    await shot(page, `${SHOTS}/first-day-settings-profile.png`);

    await page.getByRole('textbox', { name: 'Workspace name' }).fill('Analytical Engines');
    await page.getByRole('button', { name: 'Rename' }).click();
    await poll(() => page.getByText('The workspace is now called Analytical Engines').isVisible()).toBe(true);
    await shot(page, `${SHOTS}/first-day-settings-workspace.png`);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});
