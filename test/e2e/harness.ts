import { existsSync, mkdirSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { startGuidepost } from './guidepost-server.js';
import { CHROMIUM, CHROMIUM_ARGS, type WebApp } from './web-server.js';

/**
 * What the browser tests share: the Chromium check, the screenshot folder, a patient `poll`, the suite's
 * app and browser with a context factory, signing up through the page, and the axe check.
 */

/** Whether Debian's Chromium is installed; each browser suite is `describe.skipIf(!hasChromium)`. */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e: skipped — ${CHROMIUM} is missing (apt-get install -y chromium)`);

/** The folder screenshots are written to (created by the suite's `beforeAll`). */
export const SHOTS = 'test-results';

/** `expect.poll` with room for a loaded machine (its default gives up after 1 s): 15 s, every 100 ms. */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/** A browser context's cookies and local storage, as `BrowserContext.storageState()` returns them. */
export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Someone who signs up: the three fields of the sign-up form. */
export interface Person {
  name: string;
  email: string;
  password: string;
}

/** The running app and browser of one suite (both set by its `beforeAll`; reading them earlier throws). */
export interface BrowserSuite {
  readonly app: WebApp;
  readonly browser: Browser;
  /** The session `open()` starts with; `undefined` (the default) opens signed-out contexts. */
  signedIn: StorageState | undefined;
  /**
   * A new context: 1280×900, locale en-US, light colour scheme, the `signedIn` session, then `options` on
   * top (`{ storageState: undefined }` for a signed-out one). The caller closes it.
   */
  open(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** How `browserSuite` starts a suite. */
export interface BrowserSuiteOptions {
  /** Starts the app under test; `startGuidepost` (web app + API) unless given (e.g. `serveWebApp`). */
  serve?: () => Promise<WebApp>;
  /** The `beforeAll` timeout in ms (it builds the web app): 180 000 unless given. */
  hookTimeout?: number;
  /** Signs this person up in `beforeAll` and makes their session `signedIn`. */
  signUp?: Person;
}

/**
 * Registers, in the current `describe`, a `beforeAll` that creates SHOTS, starts the app, launches Chromium
 * (CHROMIUM with CHROMIUM_ARGS) and optionally signs someone up, and an `afterAll` that closes the browser
 * and the app. Returns the suite's handle for the tests.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`e2e: the ${what} starts in beforeAll`);
    return value;
  };
  const suite: BrowserSuite = {
    get app() {
      return started(app, 'app');
    },
    get browser() {
      return started(browser, 'browser');
    },
    signedIn: undefined,
    open: (contextOptions = {}) =>
      suite.browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'en-US',
        colorScheme: 'light',
        storageState: suite.signedIn,
        ...contextOptions,
      }),
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await (options.serve ?? startGuidepost)();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    if (options.signUp) {
      const context = await suite.open();
      await signUp(await context.newPage(), app.url, options.signUp);
      suite.signedIn = await context.storageState();
      await context.close();
    }
  }, options.hookTimeout ?? 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  return suite;
}

/** Fills the sign-up form already on the page with `person` and presses "Create account". */
export async function submitSignUp(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/**
 * Opens `${appUrl}/sign-up`, signs `person` up and waits up to 15 s for "Sign out" to be visible (a plain
 * wait, not `expect.poll`, so it also serves in `beforeAll`); throws a timeout error if it never shows.
 */
export async function signUp(page: Page, appUrl: string, person: Person): Promise<void> {
  await page.goto(`${appUrl}/sign-up`);
  await submitSignUp(page, person);
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 15_000 });
}

/** Expects axe-core to find no serious or critical WCAG 2 A/AA violation on the page (see `./axe.ts`). */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** A full-page screenshot to `path`, from the top (so a sticky header sits where it belongs), animations finished. */
export async function shot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
}
