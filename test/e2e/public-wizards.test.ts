import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodedText, SmtpSink } from '../notifications/smtp-sink.js';
import { waitFor } from '../server/webhooks-helpers.js';
import { startGuidepost } from './guidepost-server.js';
import { browserSuite, expectNoSeriousAxeViolations, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * Public wizards in Chromium against the real API: publish a wizard in the builder and see the Share dialog
 * (link, QR code, embed codes); a signed-out visitor fills the public link by chat and a resume link reopens
 * the answers in another browser context; a host page served on another 127.0.0.1 port embeds the widget
 * in each mode (inline, popup, slider, full page) and receives `guidepost:completed` with the values; a page on an origin the wizard
 * does not allow cannot frame it. Screenshots go to test-results/public-*.png.
 */

/** A tiny host site on 127.0.0.1: `/page?mode=…` embeds the wizard with embed.js and records its events. */
class HostSite {
  private server: Server | undefined;
  origin = '';
  constructor(private readonly guidepost: () => string) {}

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://host');
      const mode = url.searchParams.get('mode') ?? 'inline';
      const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host (${mode})</title></head>
<body style="font-family:system-ui;margin:2rem">
<h1>Acme Inc. — ${mode}</h1>
<p>Our contact wizard, embedded:</p>
<script src="${this.guidepost()}/embed.js" data-wizard="default/contact-us" data-mode="${mode}" data-label="Contact us"></script>
<script>
  window.received = [];
  Guidepost.on('started', (d) => window.received.push(d));
  Guidepost.on('step', (d) => window.received.push(d));
  Guidepost.on('completed', (d) => window.received.push(d));
</script>
</body></html>`;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const CONTACT = {
  name: 'Contact us',
  slug: 'contact-us',
  description: 'Tell us who you are and we will get back to you.',
  guide: { name: 'Sam', personality: 'friendly and concise' },
  steps: [
    {
      id: 'contact',
      title: 'Contact details',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: true },
        { name: 'email', label: 'Email', type: 'email', required: true },
      ],
    },
  ],
};

type Scope = Page | FrameLocator;

/** Sends `text` to the guide Sam in the page or frame. */
async function say(scope: Scope, text: string): Promise<void> {
  await scope.getByRole('textbox', { name: 'Message Sam' }).fill(text);
  await scope.getByRole('button', { name: 'Send' }).click();
}

/** Fills the contact wizard by chat and waits for the completion screen. */
async function fillByChat(scope: Scope): Promise<void> {
  await poll(() => scope.getByRole('textbox', { name: 'Message Sam' }).isEnabled()).toBe(true);
  await say(scope, 'My name is Ada Lovelace');
  await poll(() => scope.getByLabel('Full name').inputValue()).toBe('Ada Lovelace');
  await say(scope, 'ada@analytical.example');
  await poll(() => scope.getByRole('heading', { name: 'Review', exact: true }).isVisible()).toBe(true);
  await say(scope, 'yes');
  await poll(() => scope.getByRole('heading', { name: 'All done — thank you!' }).isVisible()).toBe(true);
}

describe.skipIf(!hasChromium)('public wizards: share, public link, resume, embed (Chromium + API)', () => {
  const sink = new SmtpSink();
  const suite = browserSuite({
    hookTimeout: 240_000,
    // SMTP to the test's own server, and resume emails one second after a visitor leaves.
    serve: async () => {
      await sink.start();
      return startGuidepost({
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(sink.port),
        SMTP_FROM: 'Guidepost <no-reply@guidepost.test>',
        GUIDEPOST_RESUME_EMAIL_DELAY_SECONDS: '1',
        GUIDEPOST_QUEUE_POLL_SECONDS: '0.5',
      });
    },
    signUp: { name: 'Ada Lovelace', email: 'ada@public.example', password: 'correct horse battery staple' },
  });
  const host = new HostSite(() => suite.app.url);
  const stranger = new HostSite(() => suite.app.url);
  let link = '';

  beforeAll(async () => {
    await host.start();
    await stranger.start();
  });
  afterAll(async () => {
    await host.stop();
    await stranger.stop();
    await sink.stop();
  });

  it('publishes a wizard and shows the Share dialog with the link, a QR code and the embed codes', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/settings`);
    await page.getByLabel('Accent colour', { exact: true }).fill('#0e7490');
    await page.getByLabel('Thank-you message').fill('Thanks! Ada will call you within a day.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => page.getByText('Public page settings saved').isVisible()).toBe(true);
    expect(await page.getByLabel('URL slug').inputValue()).toBe('default');
    await page.getByRole('heading', { name: 'Public pages' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/public-settings.png` });

    const created = await page.request.post(`${suite.app.url}/api/v1/wizards`, {
      data: {
        ...CONTACT,
        settings: { allowed_origins: [host.origin], share_values_with_embedder: true },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${suite.app.url}/wizards/${id}`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share Contact us' });
    await poll(() => dialog.isVisible()).toBe(true);
    link = `${suite.app.url}/w/default/contact-us`;
    await poll(() => dialog.getByRole('textbox', { name: 'Public link' }).inputValue()).toBe(link);
    await poll(() => dialog.getByRole('img', { name: 'QR code of the link to Contact us' }).isVisible()).toBe(
      true,
    );
    expect(await dialog.getByRole('textbox', { name: 'Embed code (inline)' }).inputValue()).toBe(
      `<script src="${suite.app.url}/embed.js" data-wizard="default/contact-us" data-mode="inline"></script>`,
    );
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('tab', { name: 'Popup' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Embed code (popup)' }).inputValue()).toContain(
      'data-mode="popup"',
    );
    await shot(page, `${SHOTS}/public-share-dialog.png`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await context.close();
  });

  it('lets a signed-out visitor fill the public link by chat, with the branding and Open Graph tags', async () => {
    const context = await suite.open({ storageState: undefined });
    const page = await context.newPage();
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Contact us · Default');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Contact us');
    expect(response?.headers()['content-security-policy']).toContain(`frame-ancestors ${host.origin}`);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--gp-accent')),
    ).toBe('#0e7490');
    await poll(() => page.getByLabel('Full name').isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await fillByChat(page);
    await poll(() => page.getByText('Thanks! Ada will call you within a day.').isVisible()).toBe(true);
    await shot(page, `${SHOTS}/public-page-completed.png`);
    await context.close();
  });

  it('reopens a run from its resume link (on the page, and emailed when the visitor leaves) in another browser context with every answer', async () => {
    const first = await suite.open({ storageState: undefined });
    const page = await first.newPage();
    await page.goto(link);
    await page.getByLabel('Full name').fill('Grace Hopper');
    await page.getByLabel('Email').fill('grace@navy.example');
    await page.getByLabel('Email').blur();
    const resume = await page.getByLabel('Resume link').inputValue();
    expect(resume).toMatch(/#resume=[0-9a-f-]{36}\.rt_/);
    await poll(async () => {
      const runId = /#resume=([^.]+)/.exec(resume)![1];
      const token = resume.split('.').slice(-1)[0];
      const state = await page.request.get(`${suite.app.url}/api/v1/runs/${runId}`, {
        headers: { 'x-run-token': token! },
      });
      return (await state.json()).values;
    }).toEqual({ full_name: 'Grace Hopper', email: 'grace@navy.example' });
    await shot(page, `${SHOTS}/public-page-resume-link.png`);
    // The visitor leaves: the page is hidden, the server is told, and the link is emailed a second later.
    await page.goto('about:blank');
    const mail = await waitFor(
      () => sink.received.find((m) => m.to.includes('grace@navy.example')),
      20_000,
      'the resume email',
    );
    const emailed = /^(http\S+#resume=\S+)$/m.exec(decodedText(mail!.raw))?.[1];
    expect(emailed).toBe(resume);
    await first.close();

    const second = await suite.open({ storageState: undefined, viewport: { width: 390, height: 844 } });
    const phone = await second.newPage();
    await phone.goto(resume);
    await poll(() => phone.getByLabel('Full name').inputValue()).toBe('Grace Hopper');
    await poll(() => phone.getByLabel('Email').inputValue()).toBe('grace@navy.example');
    await shot(phone, `${SHOTS}/public-page-resumed-phone.png`);
    await second.close();
  });

  it('embeds the widget in every mode on an allowed host, which receives guidepost:completed', async () => {
    for (const mode of ['inline', 'popup', 'slider', 'fullpage'] as const) {
      const context = await suite.open({ storageState: undefined });
      const page = await context.newPage();
      await page.goto(`${host.origin}/page?mode=${mode}`);
      if (mode === 'popup' || mode === 'slider')
        await page.getByRole('button', { name: 'Contact us' }).click();
      const frame = page.frameLocator('iframe[title="Guidepost wizard"]');
      await fillByChat(frame);
      const received = () =>
        page.evaluate(() => (window as unknown as { received: Array<{ type: string }> }).received);
      await poll(async () => (await received()).map((m) => m.type)).toContain('guidepost:completed');
      const completed = (await received()).find((m) => m.type === 'guidepost:completed') as unknown as {
        wizard: string;
        values: Record<string, unknown>;
      };
      expect(completed).toMatchObject({
        wizard: 'default/contact-us',
        values: { full_name: 'Ada Lovelace', email: 'ada@analytical.example' },
      });
      expect((await received()).map((m) => m.type)).toContain('guidepost:started');
      if (mode === 'inline') {
        // The frame takes its content's height (reported by the player), not its initial 640 px.
        const iframe = page.locator('iframe[title="Guidepost wizard"]');
        const contentHeight = () =>
          frame.locator('#root').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
        await poll(async () =>
          Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await contentHeight())),
        ).toBeLessThanOrEqual(1);
        expect(await iframe.evaluate((f) => f.clientHeight)).not.toBe(640);
      }
      await shot(page, `${SHOTS}/public-embed-${mode}.png`);
      await context.close();
    }
  });

  it('cannot be framed by an origin that is not in the allowed list', async () => {
    const context = await suite.open({ storageState: undefined });
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`${stranger.origin}/page?mode=inline`);
    await poll(() => refusals.length).toBeGreaterThan(0);
    const frames = page.frames().filter((f: Frame) => f !== page.mainFrame());
    expect(frames.every((f) => !f.url().startsWith(suite.app.url) || f.url() === 'about:blank')).toBe(true);
    expect(await page.frameLocator('iframe').getByRole('textbox', { name: 'Message Sam' }).count()).toBe(0);
    await shot(page, `${SHOTS}/public-embed-refused.png`);
    await context.close();
  });
});
