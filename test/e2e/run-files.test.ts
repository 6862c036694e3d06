import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSuite, hasChromium, poll, shot, SHOTS } from './harness.js';

/** A one-step wizard with a CV upload (PDF only) and a name. */
const DOCUMENTS = {
  id: 'documents',
  name: 'Documents',
  slug: 'documents',
  steps: [
    {
      id: 'upload',
      title: 'Your documents',
      fields: [
        { name: 'cv', label: 'CV', type: 'file_upload', required: true, settings: { accept: '.pdf' } },
        { name: 'full_name', label: 'Full name', type: 'text' },
      ],
    },
  ],
};

/**
 * File uploads in Chromium against the real API (PGlite in a temp dir): a signed-in owner publishes a wizard
 * with a file field and starts a run; in the player a file the field refuses is not sent, a PDF is uploaded
 * (setInputFiles) and becomes the run's value with a download url; the run detail page links it and the
 * download has the uploaded bytes. Screenshot: test-results/run-files-player.png.
 */
describe.skipIf(!hasChromium)('run file uploads (Chromium + API)', () => {
  const suite = browserSuite({
    signUp: { name: 'Ada Lovelace', email: 'ada@files.example', password: 'correct horse battery staple' },
  });
  const bytes = Buffer.from(`%PDF-1.4\n${'Analytical engine notes. '.repeat(4000)}\n%%EOF\n`);

  it('uploads a file from the player, stores it with the run and downloads it from the detail page', async () => {
    const context = await suite.open();
    const page = await context.newPage();
    await page.goto(suite.app.url);
    const runId = await page.evaluate(async (definition) => {
      const call = async (url: string, body: unknown) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const wizard = await call('/api/v1/wizards', definition);
      await call(`/api/v1/wizards/${wizard.id}/publish`, {});
      const run = await call('/api/v1/runs', { wizard_id: wizard.id, channel: 'form' });
      return run.run.id as string;
    }, DOCUMENTS);

    await page.goto(`${suite.app.url}/runs/${runId}`);
    await poll(() => page.getByRole('heading', { name: 'Your documents' }).isVisible()).toBe(true);
    const input = page.locator('input[type="file"][name="cv"]');
    await input.setInputFiles({ name: 'cv.exe', mimeType: 'application/x-msdownload', buffer: bytes });
    await poll(() => page.getByText('CV must be of type .pdf (not "cv.exe")').isVisible()).toBe(true);

    await input.setInputFiles({ name: 'résumé.pdf', mimeType: 'application/pdf', buffer: bytes });
    await poll(() => page.getByText('résumé.pdf').isVisible()).toBe(true);
    await poll(() => page.getByText(/Uploading/).count()).toBe(0);
    await shot(page, `${SHOTS}/run-files-player.png`);
    const values = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/runs/${id}`);
      return (await response.json()).values as Record<string, Array<{ url: string; size: number }>>;
    }, runId);
    expect(values.cv).toHaveLength(1);
    expect(values.cv![0]!.size).toBe(bytes.length);
    expect(values.cv![0]!.url).toMatch(new RegExp(`^/api/v1/runs/${runId}/files/[0-9a-f-]{36}$`));

    await page.goto(`${suite.app.url}/runs/${runId}/detail`);
    const link = page.getByRole('link', { name: 'résumé.pdf' });
    await poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(values.cv![0]!.url);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('résumé.pdf');
    expect(readFileSync((await download.path())!).equals(bytes)).toBe(true);
    await context.close();
  }, 90_000);
});
