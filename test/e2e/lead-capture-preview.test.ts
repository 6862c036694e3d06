import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';
import { serveWebApp } from './web-server.js';

/**
 * The lead-capture preview in Chromium: completed with the keyboard only; a field filled by chatting with the
 * in-browser guide; screenshots of the player mid-chat (desktop 1280 px and phone 375 px, light and dark) and
 * of every field type, written to test-results/.
 */
describe.skipIf(!hasChromium)('lead-capture preview (Chromium)', () => {
  const suite = browserSuite({ serve: serveWebApp, hookTimeout: 120_000 });
  const { open } = suite;

  async function tabTo(page: Page, name: RegExp, limit = 12) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name.test(text)) return;
    }
    throw new Error(`no focusable element matching ${name} within ${limit} tabs`);
  }

  it('lists the templates and opens a preview', async () => {
    const context = await open({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(suite.app.url);
    await poll(() => page.getByRole('heading', { name: 'Templates' }).isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: /Create a sidekick/ }).click();
    await poll(() => page.getByRole('heading', { name: 'Name your sidekick' }).isVisible()).toBe(true);
    await context.close();
  });

  it('completes lead capture with the keyboard only', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/preview/lead-capture`);
    await poll(() => page.getByRole('heading', { name: 'Contact details' }).isVisible()).toBe(true);

    // Step 1: the step heading has focus; Tab walks the fields in order.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@analytical.example');
    await page.keyboard.press('Tab'); // phone country (US by default)
    await page.keyboard.press('Tab');
    await page.keyboard.type('(202) 555-0143');
    await page.keyboard.press('Enter');

    // Step 2: company, then the budget radio group (arrow keys choose).
    await poll(() => page.getByRole('heading', { name: 'Company' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Analytical Engines');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await poll(() => page.getByRole('radio', { name: '$5,000 – $20,000' }).isChecked()).toBe(true);
    await tabTo(page, /Next/);
    await page.keyboard.press('Enter');

    // Step 3: Next without a date is refused and says why; then type the date into the native picker.
    await poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    await tabTo(page, /Next/);
    await page.keyboard.press('Enter');
    await poll(() => page.getByText('Start date is required').isVisible()).toBe(true);
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'timeline',
    );
    await page.keyboard.type('03152027');
    await tabTo(page, /Next/);
    await page.keyboard.press('Enter');

    // Step 4: the consent switch toggles with Space.
    await poll(() => page.getByRole('heading', { name: 'Consent' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await poll(() => page.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    await tabTo(page, /Review/);
    await page.keyboard.press('Enter');

    // Review, then submit.
    await poll(() => page.getByRole('heading', { name: 'Review', exact: true }).isVisible()).toBe(true);
    await poll(() => page.getByText('+1 202 555 0143').isVisible()).toBe(true);
    await shot(page, `${SHOTS}/player-review-desktop-light.png`);
    await tabTo(page, /^Submit$/);
    await page.keyboard.press('Enter');

    await poll(() => page.getByRole('heading', { name: 'All done — thank you!' }).isVisible()).toBe(true);
    await poll(() => page.getByText('Analytical Engines').isVisible()).toBe(true);
    await shot(page, `${SHOTS}/player-complete-desktop-light.png`);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  for (const [label, width, height] of [
    ['desktop', 1280, 900],
    ['375', 375, 812],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`fills a field by chat and screenshots the player mid-chat (${label}, ${scheme})`, async () => {
        const context = await open({ viewport: { width, height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${suite.app.url}/preview/lead-capture`);
        // Mixed: the name typed in the form, the email told to the guide, who fills it in.
        await poll(() => page.getByText('Could I have your full name', { exact: false }).isVisible()).toBe(
          true,
        );
        await page.getByLabel('Full name').fill('Ada Lovelace');
        await page.getByRole('textbox', { name: 'Message Sam' }).fill('My email is ada@analytical.example');
        await page.keyboard.press('Enter');
        await poll(() => page.getByLabel('Email').inputValue()).toBe('ada@analytical.example');
        await poll(() => page.getByRole('button', { name: /Filled by guide/ }).isVisible()).toBe(true);
        await page.getByRole('button', { name: /Filled by guide/ }).focus();
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
        expect(dark).toBe(scheme === 'dark');
        await shot(page, `${SHOTS}/player-${label}-${scheme}.png`);
        await expectNoSeriousAxeViolations(page);
        await context.close();
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`screenshots every field type (${scheme})`, async () => {
      const context = await open({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${suite.app.url}/preview/field-types`);
      await page.getByLabel('Full name').fill('Grace Hopper');
      await page.getByLabel('Website').fill('not a url');
      await page.getByLabel('Website').blur();
      await shot(page, `${SHOTS}/fields-text-${scheme}.png`);
      await page.getByLabel('Website').fill('');
      for (const title of ['Dates and times', 'Choices']) {
        await page.getByRole('button', { name: /Next/ }).click();
        await poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
      }
      await page.getByRole('radio', { name: 'Team' }).check();
      await page.getByRole('checkbox', { name: 'Email' }).check();
      await page.getByRole('switch', { name: /newsletter/ }).click();
      await poll(() => page.getByLabel('Newsletter topics').isVisible()).toBe(true);
      await shot(page, `${SHOTS}/fields-choices-${scheme}.png`);
      await page.getByRole('button', { name: /Next/ }).click();
      await page.getByRole('radio', { name: '4 stars' }).check({ force: true });
      await page.getByLabel('Brand colour', { exact: true }).fill('#0ea5e9');
      await shot(page, `${SHOTS}/fields-rich-${scheme}.png`);
      await expectNoSeriousAxeViolations(page);
      await context.close();
    });
  }
});
