import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * The server-backed player in Chromium against the real API (in-process, PGlite in a temp dir) serving the
 * built web app: sign up; lead capture filled only by chatting with the guide, each field appearing in the
 * form; form and chat mixed in one run; a reload mid-run; a second browser context watching live.
 * Screenshots of the run page mid-chat (1280 px and 375 px, light and dark) go to test-results/.
 */
describe.skipIf(!hasChromium)('server-backed runs (Chromium + API)', () => {
  const suite = browserSuite();
  const { open } = suite;
  let mixedRun = '';

  async function say(page: Page, text: string) {
    await page.getByRole('textbox', { name: 'Message Sam' }).fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
  }

  async function startLeadCapture(page: Page): Promise<string> {
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: 'Start Lead capture' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await poll(() => page.getByText('Could I have your full name', { exact: false }).isVisible()).toBe(true);
    await poll(() => page.getByRole('heading', { name: 'Contact details' }).isVisible()).toBe(true);
    return page.url();
  }

  it('signs up, showing the server’s field errors next to the fields', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('link', { name: 'Sign up' }).click();
    await poll(() => page.getByRole('heading', { name: 'Create your account' }).isVisible()).toBe(true);
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await poll(() => page.getByText('Enter an email address such as name@example.com.').isVisible()).toBe(
      true,
    );
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await poll(() => page.getByText('Use at least 10 characters.').isVisible()).toBe(true);
    await page.getByLabel('Email').fill('ada@analytical.example');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();
    await poll(() => page.getByRole('link', { name: 'Runs' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('heading', { name: 'Wizards' }).isVisible()).toBe(true);
    suite.signedIn = await context.storageState();
    await context.close();
  });

  it('fills lead capture only by chatting with the guide, each field appearing in the form', async () => {
    const context = await open();
    const page = await context.newPage();
    await startLeadCapture(page);
    await say(page, 'My name is Ada Lovelace');
    await poll(() => page.getByLabel('Full name').inputValue()).toBe('Ada Lovelace');
    await say(page, 'ada@analytical.example');
    await poll(() => page.getByLabel('Email').inputValue()).toBe('ada@analytical.example');
    await poll(() =>
      page
        .getByRole('button', { name: /Filled by guide/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await page.screenshot({
      path: `${SHOTS}/run-chat-desktop-light.png`,
      fullPage: true,
      animations: 'disabled',
    });
    await say(page, 'my phone is 202 555 0143');
    await poll(() => page.getByRole('heading', { name: 'Company' }).isVisible()).toBe(true);
    await say(page, 'Analytical Engines');
    await poll(() => page.getByRole('textbox', { name: /^Company/ }).inputValue()).toBe('Analytical Engines');
    await say(page, '5k to 20k');
    await poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    await say(page, 'next monday');
    await poll(() => page.getByRole('heading', { name: 'Consent' }).isVisible()).toBe(true);
    await say(page, 'yes I agree');
    await poll(() => page.getByRole('heading', { name: 'Review', exact: true }).isVisible()).toBe(true);
    await poll(() => page.getByText('+1 202 555 0143').first().isVisible()).toBe(true);
    await say(page, 'yes');
    await poll(() => page.getByRole('heading', { name: 'All done — thank you!' }).isVisible()).toBe(true);
    await poll(() => page.getByText('Analytical Engines').first().isVisible()).toBe(true);
    await context.close();
  }, 90_000);

  it('mixes typing in the form and chatting in one run', async () => {
    const context = await open();
    const page = await context.newPage();
    mixedRun = await startLeadCapture(page);
    await page.getByLabel('Full name').fill('Grace Hopper');
    await say(page, 'My email is grace@navy.example');
    await poll(() => page.getByLabel('Email').inputValue()).toBe('grace@navy.example');
    // The name typed in the form stays, and the guide knows it: it asks for the phone next.
    expect(await page.getByLabel('Full name').inputValue()).toBe('Grace Hopper');
    await poll(() => page.getByText("What's your phone?", { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /Next/ }).click();
    await poll(() => page.getByRole('heading', { name: 'Company' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: /^Company/ }).fill('US Navy');
    await say(page, 'Budget is $20,000 – $50,000');
    // The guide fills the budget, the step is complete, and it moves on to the timeline.
    await poll(() => page.getByText('budget: $20,000 – $50,000', { exact: false }).isVisible()).toBe(true);
    await poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it('comes back after a reload with the state and the conversation', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(mixedRun);
    await poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    await poll(() => page.getByText('My email is grace@navy.example').isVisible()).toBe(true);
    await page.reload();
    await poll(() => page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    await poll(() => page.getByText('Budget is $20,000 – $50,000').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: /Back/ }).click();
    await poll(() => page.getByRole('textbox', { name: /^Company/ }).inputValue()).toBe('US Navy');
    await context.close();
  }, 60_000);

  it('shows changes made in one browser live in another', async () => {
    const first = await open();
    const second = await open();
    const a = await first.newPage();
    const b = await second.newPage();
    await a.goto(mixedRun);
    await b.goto(mixedRun);
    await poll(() => a.getByRole('heading', { name: 'Company' }).isVisible()).toBe(true);
    await poll(() => b.getByRole('heading', { name: 'Company' }).isVisible()).toBe(true);
    await a.getByRole('textbox', { name: /^Company/ }).fill('Harvard Mark I');
    await poll(() => b.getByRole('textbox', { name: /^Company/ }).inputValue()).toBe('Harvard Mark I');
    // The guide fills the budget and, the step being complete, moves on: both browsers follow.
    await say(a, 'our budget is over 50k');
    await poll(() => b.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    await poll(() => b.getByText('our budget is over 50k').isVisible()).toBe(true);
    // And back from the second browser: the first follows, showing the guide's answer.
    await b.getByRole('button', { name: /Back/ }).click();
    await poll(() => a.getByRole('heading', { name: 'Company' }).isVisible()).toBe(true);
    await poll(() => a.getByRole('radio', { name: 'Over $50,000' }).isChecked()).toBe(true);
    await poll(() => b.getByRole('radio', { name: 'Over $50,000' }).isChecked()).toBe(true);
    await first.close();
    await second.close();
  }, 60_000);

  for (const scheme of ['light', 'dark'] as const)
    for (const [label, width] of [
      ['desktop', 1280],
      ['phone', 375],
    ] as const)
      it(`screenshots the run page mid-chat (${label}, ${scheme})`, async () => {
        const context = await open({
          viewport: { width, height: width < 600 ? 812 : 900 },
          colorScheme: scheme,
        });
        const page = await context.newPage();
        await page.goto(mixedRun);
        await poll(() => page.getByText('our budget is over 50k').first().isVisible()).toBe(true);
        await poll(() => page.getByText('Live', { exact: true }).isVisible()).toBe(true);
        await shot(page, `${SHOTS}/run-mid-chat-${label}-${scheme}.png`);
        await context.close();
      });
});
