import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, poll, shot, SHOTS } from './harness.js';

/**
 * A fake Web Speech API for Chromium, injected before the app loads: `window.__speech.say(text)` makes the
 * recogniser that is listening hear `text` (an interim result, then the final one); `window.__speech.spoken`
 * records every utterance the page speaks with the voice it chose. The browser's own recogniser needs a
 * network service and a microphone, which a test has neither of.
 */
function installFakeSpeech(): void {
  type Listener = { onresult: ((e: unknown) => void) | null; onend: (() => void) | null; listening: boolean };
  const live: Listener[] = [];
  const spoken: Array<{ text: string; voice: string | null; lang: string }> = [];
  class FakeRecognition extends EventTarget {
    lang = 'en';
    continuous = false;
    interimResults = false;
    onresult: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    onend: (() => void) | null = null;
    listening = false;
    start() {
      this.listening = true;
      if (!live.includes(this)) live.push(this);
    }
    stop() {
      if (!this.listening) return;
      this.listening = false;
      setTimeout(() => this.onend?.(), 0);
    }
    abort() {
      this.stop();
    }
  }
  const result = (text: string, isFinal: boolean) => ({
    resultIndex: 0,
    results: [Object.assign([{ transcript: text }], { isFinal })],
  });
  const voices = [
    { name: 'Daniel', lang: 'en-GB', default: false, localService: true, voiceURI: 'Daniel' },
    { name: 'Samantha', lang: 'en-US', default: true, localService: true, voiceURI: 'Samantha' },
    { name: 'Google Deutsch', lang: 'de-DE', default: false, localService: false, voiceURI: 'de' },
  ];
  class FakeUtterance {
    voice: { name: string } | null = null;
    lang = '';
    onstart: (() => void) | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    speaking: false,
    getVoices: () => voices,
    speak(u: FakeUtterance) {
      spoken.push({ text: u.text, voice: u.voice?.name ?? null, lang: u.lang });
      setTimeout(() => u.onstart?.(), 0);
      setTimeout(() => u.onend?.(), 50);
    },
    cancel() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'SpeechRecognition', { value: FakeRecognition, configurable: true });
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeRecognition, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.assign(window, {
    __speech: {
      spoken,
      listening: () => live.some((r) => r.listening),
      say(text: string) {
        const r = live.find((x) => x.listening);
        if (!r) throw new Error('nobody is listening');
        r.onresult?.(result(text.split(' ').slice(0, 2).join(' '), false));
        setTimeout(() => r.onresult?.(result(text, true)), 30);
      },
    },
  });
}

/** Removes speech recognition, as in a browser that has none. */
function removeRecognition(): void {
  Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true });
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: undefined, configurable: true });
}

type SpeechWindow = {
  __speech: {
    spoken: Array<{ text: string; voice: string | null }>;
    listening(): boolean;
    say(t: string): void;
  };
};

/**
 * Browser voice without LiveKit, in Chromium against the real API: the voice button listens with the
 * browser's speech recognition (a fake injected by the test), what is said fills the form live through the
 * same chat messages, and the guide's replies are spoken with the installed voice closest to the guide's
 * (create-a-sidekick's guide is female: Samantha, not Daniel). Where the browser has no recognition, the
 * button says so. Screenshots go to test-results/voice-*.png.
 */
describe.skipIf(!hasChromium)('browser voice (Chromium + API, fake speech)', () => {
  const suite = browserSuite();

  async function startSidekickRun(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(suite.app.url);
    await page.getByRole('button', { name: 'Start Create a sidekick' }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    await poll(() =>
      page.getByText('what would you like to call your sidekick', { exact: false }).isVisible(),
    ).toBe(true);
    return page;
  }

  it('fills fields from speech and speaks the guide’s replies', async () => {
    const context = await suite.open();
    await context.addInitScript(installFakeSpeech);
    const page = await startSidekickRun(context);
    const speech = () => page.evaluate(() => (window as unknown as SpeechWindow).__speech);
    await page.getByRole('button', { name: 'Voice' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Listening' }).isVisible()).toBe(true);
    await poll(() => page.evaluate(() => (window as unknown as SpeechWindow).__speech.listening())).toBe(
      true,
    );

    await page.evaluate(() => (window as unknown as SpeechWindow).__speech.say("let's call it Biscuit"));
    // The name is filled and the form moves on to the personality step, live.
    await poll(() => page.getByRole('heading', { name: 'Personality' }).isVisible()).toBe(true);
    await poll(async () => (await speech()).spoken.map((s) => s.text).join(' ')).toContain('personality');
    const spoken = (await speech()).spoken;
    expect(spoken.every((s) => s.voice === 'Samantha')).toBe(true);
    await poll(() => page.getByRole('log').getByText("let's call it Biscuit").isVisible()).toBe(true);
    await poll(() => page.evaluate(() => (window as unknown as SpeechWindow).__speech.listening())).toBe(
      true,
    );

    await page.evaluate(() =>
      (window as unknown as SpeechWindow).__speech.say('playful and patient, explains recipes step by step'),
    );
    await poll(() => page.getByRole('heading', { name: 'Voice' }).isVisible()).toBe(true);
    await shot(page, `${SHOTS}/voice-browser-desktop.png`);
    await page.getByRole('button', { name: /Back/ }).click();
    await poll(() => page.getByRole('textbox', { name: /Personality/ }).inputValue()).toContain(
      'explains recipes',
    );
    await page.getByRole('button', { name: /Back/ }).click();
    await poll(() => page.getByRole('textbox', { name: /Sidekick name/ }).inputValue()).toBe('Biscuit');

    await page.getByRole('button', { name: 'Mute' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Muted' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Hang up' }).click();
    await poll(() => page.getByRole('region', { name: 'Voice call' }).count()).toBe(0);
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, `${SHOTS}/voice-browser-mobile.png`);
    await context.close();
  });

  it('offers the same voice button on the public page, where a signed-out visitor fills the form by speech', async () => {
    // A new context: no session, like a visitor.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(installFakeSpeech);
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/w/default/lead-capture`);
    const button = page.getByRole('button', { name: 'Voice' });
    await poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    await poll(() => page.getByRole('textbox', { name: /name/i }).first().isVisible()).toBe(true);
    await button.click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Listening' }).isVisible()).toBe(true);
    await poll(() => page.evaluate(() => (window as unknown as SpeechWindow).__speech.listening())).toBe(
      true,
    );
    await page.evaluate(() => (window as unknown as SpeechWindow).__speech.say('My name is Ada Lovelace'));
    await poll(() => page.getByRole('log').getByText('My name is Ada Lovelace').isVisible()).toBe(true);
    await poll(() => page.getByRole('textbox', { name: /name/i }).first().inputValue()).toBe('Ada Lovelace');
    await poll(
      async () => (await page.evaluate(() => (window as unknown as SpeechWindow).__speech.spoken)).length,
    ).toBeGreaterThan(0);
    await shot(page, `${SHOTS}/voice-public-page.png`);
    await page.getByRole('button', { name: 'Hang up' }).click();
    await context.close();
  });

  it('says so on the voice button where the browser has no speech recognition', async () => {
    const context = await suite.open();
    await context.addInitScript(removeRecognition);
    const page = await startSidekickRun(context);
    const button = page.getByRole('button', { name: 'Voice' });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const tip = await button.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${tip}"]`).textContent()).toContain(
      'This browser cannot recognise speech',
    );
    await context.close();
  });
});
