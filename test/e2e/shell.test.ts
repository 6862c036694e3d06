import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectNoSeriousAxeViolations,
  hasChromium,
  poll,
  shot,
  SHOTS,
  submitSignUp,
  type StorageState,
} from './harness.js';

/**
 * The app shell in Chromium against the real API (PGlite in a temp dir): the first account (a superadmin)
 * signs up and sees the navigation; in Settings it creates an API key (the secret shown once, and working),
 * revokes it (and it stops working), and adds a second user; it sees Admin, creates a tenant there and
 * switches to it with the workspace switcher; the second user signs in without Admin; at 375 px the menu
 * button opens the navigation. axe-core finds no serious violation on sign-in, settings (light and dark)
 * and admin. Screenshots: test-results/shell-settings-{light,dark}.png, shell-admin.png, shell-menu-375.png.
 */
const ADA = {
  name: 'Ada Lovelace',
  email: 'ada@analytical.example',
  password: 'correct horse battery staple',
};
const GRACE = { name: 'Grace Hopper', email: 'grace@navy.example', password: 'cobol forever and ever' };

describe.skipIf(!hasChromium)('app shell (Chromium + API)', () => {
  const suite = browserSuite();
  const { open } = suite;
  let ada: StorageState;

  const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

  async function status(page: Page, path: string, bearer: string): Promise<number> {
    return page.evaluate(
      async ([url, key]) => (await fetch(url!, { headers: { authorization: `Bearer ${key}` } })).status,
      [`${suite.app.url}${path}`, bearer],
    );
  }

  it('signs up the first account, whose navigation shows every section including Admin', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/sign-in`);
    await poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await expect(mainNav(page).getByRole('link').allTextContents()).resolves.toEqual(['Templates']);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Sign up' }).click();
    await submitSignUp(page, ADA);
    await poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await poll(() => mainNav(page).getByRole('link').allTextContents()).toEqual([
      'Sidekicks',
      'Wizards',
      'Templates',
      'Runs',
      'Chat',
      'My store',
      'Settings',
      'Admin',
    ]);
    ada = await context.storageState();
    await context.close();
  }, 60_000);

  it('creates an API key in Settings, shows its secret once, and revokes it', async () => {
    const context = await open({ storageState: ada });
    const page = await context.newPage();
    await page.goto(suite.app.url);
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await poll(() => page.getByRole('heading', { name: 'Settings', level: 1 }).isVisible()).toBe(true);
    await poll(() => page.getByText('No API keys yet').isVisible()).toBe(true);
    await page.getByLabel('Key name').fill('CRM sync');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secretField = page.getByRole('textbox', { name: 'API key secret' });
    await poll(() => secretField.isVisible()).toBe(true);
    const secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await status(page, '/api/v1/auth/me', secret)).toBe(200);
    await page.getByRole('button', { name: 'Done' }).click();
    await poll(() => secretField.count()).toBe(0);
    await page.reload();
    await poll(() => page.getByRole('list', { name: 'API keys' }).getByText('CRM sync').isVisible()).toBe(
      true,
    );
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Revoke CRM sync' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Revoke “CRM sync”?' });
    await poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await poll(() =>
      page.getByRole('list', { name: 'API keys' }).getByText('Revoked', { exact: true }).isVisible(),
    ).toBe(true);
    expect(await status(page, '/api/v1/auth/me', secret)).toBe(401);
    await context.close();
  }, 60_000);

  it('adds a second user as a member, creating their account', async () => {
    const context = await open({ storageState: ada });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/settings`);
    await poll(() => page.getByRole('list', { name: 'Members' }).getByText(ADA.email).isVisible()).toBe(true);
    const addMember = page.getByRole('form', { name: 'Add a member' });
    await addMember.getByLabel('Email').fill(GRACE.email);
    await addMember.getByRole('button', { name: 'Add member' }).click();
    await poll(() => page.getByText(`Nobody has an account with ${GRACE.email} yet`).isVisible()).toBe(true);
    await addMember.getByLabel('Name', { exact: true }).fill(GRACE.name);
    await addMember.getByLabel('First password').fill(GRACE.password);
    await addMember.getByRole('button', { name: 'Add member' }).click();
    const members = page.getByRole('list', { name: 'Members' });
    await poll(() => members.getByText(GRACE.email).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: `Role of ${GRACE.name}` }).inputValue()).toBe('member');

    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Dismiss notification' }).click();
    await shot(page, `${SHOTS}/shell-settings-light.png`);
    await context.close();

    const dark = await open({ storageState: ada, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${suite.app.url}/settings`);
    await poll(() => darkPage.getByRole('list', { name: 'Members' }).getByText(GRACE.email).isVisible()).toBe(
      true,
    );
    await poll(() => darkPage.getByRole('list', { name: 'API keys' }).isVisible()).toBe(true);
    expect(await darkPage.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    await expectNoSeriousAxeViolations(darkPage);
    await darkPage.screenshot({
      path: `${SHOTS}/shell-settings-dark.png`,
      fullPage: true,
      animations: 'disabled',
    });
    await dark.close();
  }, 60_000);

  it('shows Admin to the superadmin: users, a new tenant, and the switcher into it', async () => {
    const context = await open({ storageState: ada });
    const page = await context.newPage();
    await page.goto(suite.app.url);
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    await poll(() => page.getByRole('heading', { name: 'Admin', level: 1 }).isVisible()).toBe(true);
    const users = page.getByRole('list', { name: 'All users' });
    await poll(() => users.getByText(GRACE.email).isVisible()).toBe(true);
    await expect(users.getByText(ADA.email).isVisible()).resolves.toBe(true);

    const create = page.getByRole('form', { name: 'Create a tenant' });
    await create.getByLabel('Name', { exact: true }).fill('Globex');
    await create.getByRole('button', { name: 'Create tenant' }).click();
    await poll(() => page.getByRole('table').getByText('Globex', { exact: true }).isVisible()).toBe(true);
    await poll(() => users.getByText('Globex · Owner').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Dismiss notification' }).click();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/shell-admin.png`, fullPage: true, animations: 'disabled' });

    const switcher = page.getByRole('combobox', { name: 'Workspace' });
    await poll(() => switcher.isVisible()).toBe(true);
    const globex = await switcher.locator('option', { hasText: 'Globex' }).getAttribute('value');
    await switcher.selectOption(globex!);
    await page.waitForURL(/\/wizards$/);
    await poll(() => switcher.inputValue()).toBe(globex);
    await page.goto(`${suite.app.url}/settings`);
    await poll(() => page.getByText('Your profile and the Globex workspace.').isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it('signs the second user in without Admin, and /admin refuses them', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/sign-in`);
    await page.getByLabel('Email').fill(GRACE.email);
    await page.getByLabel('Password').fill(GRACE.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => mainNav(page).getByRole('link').allTextContents()).toEqual([
      'Sidekicks',
      'Wizards',
      'Templates',
      'Runs',
      'Chat',
      'My store',
      'Settings',
    ]);
    await page.goto(`${suite.app.url}/admin`);
    await poll(() => page.getByRole('heading', { name: 'Admin is for superadmins' }).isVisible()).toBe(true);
    await page.goto(`${suite.app.url}/settings`);
    await poll(() => page.getByText('are managed by its owners and admins').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Members' }).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('opens the navigation from the menu button on a 375 px phone', async () => {
    const context = await open({ storageState: ada, viewport: { width: 375, height: 812 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/runs`);
    const menu = page.getByRole('button', { name: 'Menu' });
    await poll(() => menu.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = mainNav(page);
    await poll(() => nav.getByRole('link').allTextContents()).toEqual([
      'Sidekicks',
      'Wizards',
      'Templates',
      'Runs',
      'Chat',
      'My store',
      'Settings',
      'Admin',
    ]);
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Sidekicks');
    await page.screenshot({ path: `${SHOTS}/shell-menu-375.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    await poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  }, 60_000);
});
