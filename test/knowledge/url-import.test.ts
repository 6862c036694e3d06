import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';

const PAGE = `<!doctype html><html><head><title>Shipping help | Acme</title></head><body>
<nav><a href="/">Home</a> <a href="/careers">Careers</a></nav>
<main><article><h1>Shipping help</h1>
${'<p>Every order ships within two working days by tracked post, anywhere in the European Union.</p>'.repeat(4)}
<h2>Lost parcels</h2><p>A parcel that has not arrived after ten working days is replaced free of charge.</p>
</article></main><footer>© Acme</footer></body></html>`;

describeEachApp(
  'knowledge base URL import',
  (ctx) => {
    let server: Server;
    let base: string;
    let owner: TestAccount;
    let sidekickId: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/help') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
        else if (req.url === '/logo.png') res.writeHead(200, { 'content-type': 'image/png' }).end('png');
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      owner = await signUp(ctx.app, 'kb-url@example.com');
      sidekickId = (await ctx.app.runtime.sidekicks.create(owner.tenantId, { name: 'Shipping Helper' })).id;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const importUrl = (url: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/sidekicks/${sidekickId}/documents`,
        headers: owner.headers,
        payload: { url },
      });
    const settled = async (id: string) => {
      for (let i = 0; i < 300; i++) {
        const list = await ctx.app.inject({
          url: `/api/v1/sidekicks/${sidekickId}/documents`,
          headers: owner.headers,
        });
        const doc = list
          .json<{ items: Array<{ id: string; status: string }> }>()
          .items.find((d) => d.id === id);
        if (doc?.status === 'ready' || doc?.status === 'failed') return doc;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`document ${id} never settled`);
    };

    it("imports a page's main text in a job, titled by the page, and finds its sections", async () => {
      const response = await importUrl(`${base}/help`);
      expect(response.statusCode, response.body).toBe(202);
      expect(await settled(response.json().id)).toMatchObject({
        status: 'ready',
        title: 'Shipping help | Acme',
      });
      const search = await ctx.app.inject({
        url: `/api/v1/sidekicks/${sidekickId}/search?q=${encodeURIComponent('my parcel never arrived')}`,
        headers: owner.headers,
      });
      const [best] = search.json().items;
      expect(best).toMatchObject({ citation: 'Shipping help | Acme', headings: ['Lost parcels'] });
      expect(best.text).not.toContain('Careers');
      expect((await importUrl(`${base}/help`)).json()).toMatchObject({ duplicate: true });
    });

    it('fails an address that answers an error or something other than a web page', async () => {
      const missing = await settled((await importUrl(`${base}/nothing`)).json().id);
      expect(missing).toMatchObject({
        status: 'failed',
        status_reason: expect.stringMatching(/could not be fetched.*404/),
      });
      const image = await settled((await importUrl(`${base}/logo.png`)).json().id);
      expect(image).toMatchObject({
        status: 'failed',
        status_reason: 'the address answered image/png, not a web page',
      });
    });
  },
  { GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true', GUIDEPOST_QUEUE_POLL_SECONDS: '0.5' },
);
