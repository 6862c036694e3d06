import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, poll } from './harness.js';

/**
 * The built web app under the CSP the server sends (see src/server/plugins/security-headers.ts): Chromium
 * reports no violation while the app starts, signs someone up and opens the live run page, and the inline
 * theme script of index.html (allowed by its hash) still applies a saved dark theme before first paint.
 */
describe.skipIf(!hasChromium)('the web app under its Content-Security-Policy (Chromium + API)', () => {
  const suite = browserSuite({
    signUp: { name: 'Grace Hopper', email: 'grace@csp.example', password: 'correct horse battery staple' },
  });

  it('runs without a CSP violation and applies the saved theme', async () => {
    const context = await suite.open();
    await context.addInitScript(() => localStorage.setItem('guidepost.theme', 'dark'));
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${suite.app.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    expect(violations).toEqual([]);
    await context.close();
  });
});
