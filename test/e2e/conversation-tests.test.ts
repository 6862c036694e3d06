import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * The builder's "Test conversations" in Chromium against the real API: an author names the new wizard's
 * first question, writes a conversation that should fill it and one whose expectation is wrong, runs them
 * with the embedded guide in the browser, sees one pass and one fail with the turn marked, and finds the
 * tests again after a reload (saved in the draft). Screenshot: test-results/builder-conversation-tests.png.
 */
describe.skipIf(!hasChromium)('builder test conversations (Chromium + API)', () => {
  const suite = browserSuite({
    hookTimeout: 240_000,
    signUp: { name: 'Ada Author', email: 'ada@tests.example', password: 'correct horse battery staple' },
  });

  const outline = (page: Page) => page.getByRole('navigation', { name: 'Wizard outline' });
  const panel = (page: Page) => page.getByRole('region', { name: 'Test conversations' });

  it('writes, runs and keeps conversation tests', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/wizards`);
    await page.getByRole('button', { name: 'New wizard' }).first().click();
    await page.waitForURL(/\/wizards\/[0-9a-f-]{36}$/);
    await poll(() => outline(page).isVisible()).toBe(true);
    await outline(page)
      .getByRole('button', { name: /^Question 1/ })
      .click();
    const editor = page.getByRole('group', { name: 'Editor' });
    await editor.getByRole('textbox', { name: 'Label', exact: true }).fill('Your city');
    await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('city');

    for (const [i, line, expectation] of [
      [0, 'I live in Lisbon', 'city = Lisbon'],
      [1, 'Porto', 'city = Lisbon'],
    ] as const) {
      await panel(page).getByRole('button', { name: 'Add test' }).click();
      await panel(page).getByLabel('What the person says').nth(i).fill(line);
      await panel(page).getByLabel('The run ends').nth(i).selectOption('active');
      await panel(page)
        .getByLabel(/Expected at the end/)
        .nth(i)
        .fill(expectation);
    }
    await poll(() => page.getByText('All changes saved').isVisible()).toBe(true);
    await poll(() => panel(page).getByRole('button', { name: 'Run tests' }).isEnabled()).toBe(true);
    await panel(page).getByRole('button', { name: 'Run tests' }).click();

    await poll(() => panel(page).getByText('1 passed, 1 failed').isVisible()).toBe(true);
    expect(
      await panel(page)
        .getByText(/city: expected "Lisbon", got "Porto" \(turn 1\)/)
        .count(),
    ).toBe(1);
    await panel(page).scrollIntoViewIfNeeded();
    await shot(page, `${SHOTS}/builder-conversation-tests.png`);

    await page.reload();
    await poll(() => panel(page).getByLabel('What the person says').count()).toBe(2);
    expect(await panel(page).getByLabel('What the person says').nth(1).inputValue()).toBe('Porto');
    await context.close();
  });
});
