import { describe, expect, it } from 'vitest';
import { makePdf } from '../knowledge/fixtures.js';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * Chatting with a sidekick in Chromium: a sidekick with an uploaded PDF, a thread in the /chat workbench, a
 * question answered word by word with a citation chip that opens the document at the cited page, and an honest
 * "I don't know" for a question the document does not cover; screenshots on a desktop and a 375 px phone.
 */
describe.skipIf(!hasChromium)('chat with a sidekick (Chromium)', () => {
  const suite = browserSuite({
    signUp: { name: 'Chat Tester', email: 'chat-e2e@example.com', password: 'correct horse battery' },
  });

  async function sidekickWithDocument(): Promise<string> {
    const context = await suite.open();
    const created = await context.request.post(`${suite.app.url}/api/v1/sidekicks`, {
      data: { name: 'Handbook Helper', greeting: 'Hi there! I know the Acme handbook.' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const sidekick = (await created.json()) as { id: string };
    const pdf = await makePdf([
      'Welcome to the Acme employee handbook. Our office opens at nine every weekday morning.',
      'Refund policy: customers may return any product within thirty days for a full refund. Shipping costs are not refunded.',
    ]);
    const uploaded = await context.request.post(
      `${suite.app.url}/api/v1/sidekicks/${sidekick.id}/documents`,
      {
        multipart: { file: { name: 'handbook.pdf', mimeType: 'application/pdf', buffer: pdf } },
      },
    );
    expect(uploaded.status()).toBe(202);
    await poll(async () => {
      const list = await context.request.get(`${suite.app.url}/api/v1/sidekicks/${sidekick.id}/documents`);
      return ((await list.json()) as { items: Array<{ status: string }> }).items[0]?.status;
    }).toBe('ready');
    await context.close();
    return sidekick.id;
  }

  it('answers word by word with a citation that opens the right page, and says when it does not know', async () => {
    const sidekickId = await sidekickWithDocument();
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/chat`);
    await page.getByRole('link', { name: 'Chat', exact: true }).first().waitFor();
    await page.getByLabel('Sidekick').selectOption(sidekickId);
    await poll(() => page.getByPlaceholder('Ask Handbook Helper…').isVisible()).toBe(true);

    // Record every text the answer shows while it streams.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { answerTexts: string[] }).answerTexts = seen;
      new MutationObserver(() => {
        const answers = document.querySelectorAll('[data-testid="assistant-message"]');
        const text = answers[answers.length - 1]?.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel('Your question').fill('How many days do customers have to return a product?');
    await page.getByRole('button', { name: 'Send' }).click();
    const answer = page.getByTestId('assistant-message').last();
    await poll(() => answer.getAttribute('data-status')).toBe('complete');
    await expect(answer.textContent()).resolves.toContain('within thirty days');
    const texts = await page.evaluate(() => (window as unknown as { answerTexts: string[] }).answerTexts);
    expect(texts.length).toBeGreaterThan(4);
    // The thread got the question as its title in the rail.
    await poll(() =>
      page
        .getByRole('navigation', { name: 'Threads' })
        .getByRole('button', { name: /^How many days/ })
        .isVisible(),
    ).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await shot(page, `${SHOTS}/chat-desktop.png`);

    // A question the document does not cover.
    await page.getByLabel('Your question').fill('What is the capital of Mongolia?');
    await page.getByRole('button', { name: 'Send' }).click();
    await poll(() => page.getByTestId('assistant-message').count()).toBe(2);
    const honest = page.getByTestId('assistant-message').last();
    await poll(() => honest.getAttribute('data-status')).toBe('complete');
    await expect(honest.textContent()).resolves.toMatch(/^I don't know/);

    // The citation chip opens the document at page 2.
    const chip = page.getByTestId('assistant-message').first().getByTestId('citation-chip').first();
    await expect(chip.textContent()).resolves.toContain('p. 2');
    await chip.click();
    await poll(() => page.getByTestId('document-title').textContent()).toBe('handbook.pdf');
    await expect(page.getByTestId('cited-page').textContent()).resolves.toContain('thirty days');
    await context.close();
  });

  it('edits the system prompt, diffs it with the previous version and rolls back', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/chat`);
    await page.getByLabel('Sidekick').selectOption({ label: 'Handbook Helper' });
    await page.getByRole('tab', { name: 'Prompts' }).click();
    const editor = page.getByLabel('System prompt (liquid template)');
    await editor.fill('You are {{ sidekick.name }}. Answer briefly.');
    await page.getByLabel('Note', { exact: true }).fill('brief');
    await page.getByRole('button', { name: 'Save version' }).click();
    await poll(() => page.getByText('v1', { exact: true }).isVisible()).toBe(true);
    await editor.fill('You are {{ sidekick.name }}. Answer in detail, with sources.');
    await page.getByLabel('Note', { exact: true }).fill('detailed');
    await page.getByRole('button', { name: 'Save version' }).click();
    await poll(() => page.getByText('v2', { exact: true }).isVisible()).toBe(true);
    await page.getByLabel('Compare version 1').check();
    await page.getByLabel('Compare version 2').check();
    const diff = page.getByTestId('prompt-diff');
    await expect(diff.textContent()).resolves.toContain('Answer briefly.');
    await expect(diff.textContent()).resolves.toContain('Answer in detail');
    await page.getByRole('button', { name: 'Preview prompt' }).click();
    await poll(() => page.getByTestId('prompt-preview').textContent()).toContain(
      'You are Handbook Helper. Answer in detail',
    );
    await shot(page, `${SHOTS}/prompts-desktop.png`);
    await page.getByRole('button', { name: 'Activate v1' }).click();
    await poll(() => page.getByRole('button', { name: 'Activate v2' }).isVisible()).toBe(true);
    await context.close();
  });

  it('works on a 375 px phone', async () => {
    const context = await suite.open({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/chat`);
    await page.getByLabel('Sidekick').selectOption({ label: 'Handbook Helper' });
    await page.getByRole('button', { name: 'Threads' }).click();
    await page
      .getByRole('navigation', { name: 'Threads' })
      .getByRole('button', { name: /^How many days/ })
      .click();
    await poll(() => page.getByTestId('assistant-message').count()).toBe(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, `${SHOTS}/chat-phone.png`);
    await context.close();
  });
});
