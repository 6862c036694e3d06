import { eq } from 'drizzle-orm';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runs, wizardViews } from '../../src/db/schema.js';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

// A stand-in for the built public player page (public.html with one inline script, allowed by its hash).
const webDir = mkdtempSync(join(tmpdir(), 'guidepost-public-web-'));
mkdirSync(join(webDir, 'assets'), { recursive: true });
writeFileSync(
  join(webDir, 'public.html'),
  '<!doctype html><html><head><title>Guidepost</title><script>window.x=1</script></head><body><div id="root"></div><script type="module" src="/assets/public-abc.js"></script></body></html>',
);

const HOST = 'http://127.0.0.1:5555';
const html = { accept: 'text/html' };
const LONG = 'x'.repeat(10_000);

describeEachApp(
  'public wizards: page, execute API, views, attribution, resume, privacy',
  (ctx) => {
    let owner: TestAccount;
    let slug: string;
    let wizardId: string;
    const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
      ctx.app.inject({
        method,
        url,
        headers: owner.headers,
        ...(payload !== undefined && { payload: payload as object }),
      });
    const publishWizard = async (definition: ReturnType<typeof leadWizard>) => {
      const created = await call('POST', '/api/v1/wizards', { ...definition, id: undefined });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect((await call('POST', `/api/v1/wizards/${id}/publish`)).statusCode).toBe(200);
      return id;
    };

    it('gives a new workspace a URL slug from its name, editable by its owner only', async () => {
      await signUp(ctx.app, 'root@public.example');
      owner = await signUp(ctx.app, 'ada@public.example', 'Ada');
      const profile = (await call('GET', '/api/v1/tenant/profile')).json();
      expect(profile.slug).toBe('adas-workspace');
      const changed = await call('PATCH', '/api/v1/tenant/profile', {
        slug: 'acme',
        branding: { accent_color: '#0E7490', thank_you_message: 'Thanks, we will call you.' },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ slug: 'acme', branding: { accent_color: '#0e7490' } });
      slug = 'acme';

      const admin = await addUser(ctx.app, owner, 'grace@public.example', 'admin');
      const bySlug = await ctx.app.inject({
        method: 'PATCH',
        url: '/api/v1/tenant/profile',
        headers: admin.headers,
        payload: { slug: 'grace-co' },
      });
      expect(bySlug.statusCode).toBe(403);
      expect(bySlug.json().detail).toMatch(/owners/);
      const taken = await call('PATCH', '/api/v1/tenant/profile', { slug: 'default' });
      expect(taken.statusCode).toBe(409);
      const bad = await call('PATCH', '/api/v1/tenant/profile', {
        branding: { redirect_url: 'javascript:x' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().invalid_params[0].name).toBe('body.branding.redirect_url');
    });

    it('serves the player page with title, Open Graph tags, branding and frame-ancestors from the allowed origins', async () => {
      wizardId = await publishWizard(
        leadWizard({
          description: 'Tell us about your project',
          settings: { allowed_origins: [HOST], share_values_with_embedder: true } as never,
        }),
      );
      const page = await ctx.app.inject({ url: `/w/${slug}/lead-capture?utm_source=news`, headers: html });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Lead capture · Ada&#39;s workspace</title>');
      expect(page.body).toContain('<meta property="og:title" content="Lead capture" />');
      expect(page.body).toContain('<meta property="og:description" content="Tell us about your project" />');
      const bootstrap = JSON.parse(/type="application\/json">(.*?)<\/script>/.exec(page.body)![1]!);
      expect(bootstrap).toMatchObject({
        tenant: { slug: 'acme' },
        wizard: { slug: 'lead-capture', name: 'Lead capture' },
        branding: { accent_color: '#0e7490' },
        mode: 'page',
        attribution: { utm_source: 'news' },
      });
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain(`frame-ancestors ${HOST}`);
      expect(csp).not.toContain("frame-ancestors 'none'");
      expect(page.headers['x-frame-options']).toBeUndefined();
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(String(page.headers['set-cookie'])).toMatch(/guidepost_vid=.*SameSite=Lax/);
    });

    it('answers the same friendly 404 for unknown, draft, private and archived wizards, on the page and the API', async () => {
      const draft = await call('POST', '/api/v1/wizards', leadWizard({ slug: 'draft-one' }));
      expect(draft.statusCode).toBe(201);
      await publishWizard(leadWizard({ slug: 'private-one', settings: { public: false } as never }));
      const archived = await publishWizard(leadWizard({ slug: 'archived-one' }));
      expect((await call('POST', `/api/v1/wizards/${archived}/archive`)).statusCode).toBeLessThan(300);

      const bodies = new Set<string>();
      const details = new Set<string>();
      for (const path of [
        'nobody/lead-capture',
        `${slug}/nothing`,
        `${slug}/draft-one`,
        `${slug}/private-one`,
        `${slug}/archived-one`,
      ]) {
        const page = await ctx.app.inject({ url: `/w/${path}`, headers: html });
        expect(page.statusCode, path).toBe(404);
        expect(page.headers['content-type']).toMatch(/text\/html/);
        expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        bodies.add(page.body);
        const api = await ctx.app.inject({ method: 'POST', url: `/api/v1/execute/${path}`, payload: {} });
        expect(api.statusCode, path).toBe(404);
        details.add(api.json().detail);
      }
      expect(bodies.size).toBe(1);
      expect([...bodies][0]).toContain('This wizard is not available');
      expect([...details]).toEqual(['there is no public wizard at this address']);

      // Nor can an anonymous caller start the private wizard through the runs API.
      const anonymous = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/runs',
        payload: { slug: 'private-one', tenant: owner.tenantId, channel: 'form' },
      });
      expect(anonymous.statusCode).toBe(404);
    });

    it('starts an anonymous run with attribution and a visitor id; the resume URL reopens it', async () => {
      const started = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/execute/${slug}/lead-capture`,
        payload: {
          channel: 'chat',
          visitor_id: 'visitor-0123456789abcdef',
          attribution: { referrer: 'https://news.example/post', utm_source: 'news', utm_campaign: 'spring' },
        },
      });
      expect(started.statusCode, started.body).toBe(201);
      const body = started.json();
      expect(body.run_token).toMatch(/^rt_/);
      expect(body.greeting).toBeTruthy();
      const [row] = await ctx.db.select().from(runs).where(eq(runs.id, body.run.id));
      expect(row!.visitorId).toBe('visitor-0123456789abcdef');
      expect(row!.attribution).toEqual({
        referrer: 'https://news.example/post',
        utm_source: 'news',
        utm_campaign: 'spring',
      });

      const resume = new URL(body.resume_url);
      expect(resume.pathname).toBe(`/w/${slug}/lead-capture`);
      const [runId, token] = resume.hash.replace('#resume=', '').split('.');
      expect(runId).toBe(body.run.id);
      await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/runs/${runId}/values`,
        headers: { 'x-run-token': token },
        payload: { values: { full_name: 'Ada Lovelace' } },
      });
      const reopened = await ctx.app.inject({
        url: `/api/v1/runs/${runId}`,
        headers: { 'x-run-token': token },
      });
      expect(reopened.statusCode).toBe(200);
      expect(reopened.json().values).toMatchObject({ full_name: 'Ada Lovelace' });
      const guessed = await ctx.app.inject({
        url: `/api/v1/runs/${runId}`,
        headers: { 'x-run-token': 'rt_guess' },
      });
      expect(guessed.statusCode).toBe(404);
    });

    it('refuses 10 kB UTM values on the API (400 naming the field) and drops them on the page', async () => {
      const api = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/execute/${slug}/lead-capture`,
        payload: { attribution: { utm_source: LONG } },
      });
      expect(api.statusCode).toBe(400);
      expect(api.json().invalid_params[0].name).toBe('body.attribution.utm_source');
      const page = await ctx.app.inject({
        url: `/w/${slug}/lead-capture?utm_source=${LONG}&utm_medium=email`,
        headers: html,
      });
      expect(page.statusCode).toBe(200);
      const bootstrap = JSON.parse(/type="application\/json">(.*?)<\/script>/.exec(page.body)![1]!);
      expect(bootstrap.attribution.utm_source).toBeUndefined();
      expect(bootstrap.attribution.utm_medium).toBe('email');
    });

    it('refuses a browser request from an origin the wizard does not allow (spoofed Origin)', async () => {
      const spoofed = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/execute/${slug}/lead-capture`,
        headers: { origin: 'https://evil.example' },
        payload: {},
      });
      expect(spoofed.statusCode).toBe(403);
      expect(spoofed.json().detail).toContain('https://evil.example');
      const sandboxed = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/execute/${slug}/lead-capture`,
        headers: { origin: 'null' },
        payload: {},
      });
      expect(sandboxed.statusCode).toBe(403);
      for (const origin of [HOST, 'http://localhost:80']) {
        const allowed = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/execute/${slug}/lead-capture`,
          headers: { origin, host: 'localhost:80' },
          payload: { channel: 'form' },
        });
        expect(allowed.statusCode, origin).toBe(201);
      }
    });

    it('counts a flood of views from one visitor once and rate-limits it', async () => {
      const cookie = 'guidepost_vid=flood-visitor-0123456789';
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++)
        statuses.push(
          (
            await ctx.app.inject({
              url: `/w/${slug}/lead-capture`,
              headers: { ...html, cookie },
              remoteAddress: '10.9.8.7',
            })
          ).statusCode,
        );
      expect(statuses.filter((s) => s === 200)).toHaveLength(20);
      expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
      const views = await ctx.db
        .select()
        .from(wizardViews)
        .where(eq(wizardViews.visitorId, 'flood-visitor-0123456789'));
      expect(views).toHaveLength(1);
      expect(views[0]).toMatchObject({ wizardId, source: 'page' });

      const embed = await ctx.app.inject({
        url: `/w/${slug}/lead-capture?embed=inline&vid=embed-visitor-0123456789&parent=${encodeURIComponent(HOST)}`,
        headers: html,
      });
      expect(embed.statusCode).toBe(200);
      expect(embed.headers['set-cookie']).toBeUndefined();
      const bootstrap = JSON.parse(/type="application\/json">(.*?)<\/script>/.exec(embed.body)![1]!);
      expect(bootstrap).toMatchObject({ mode: 'inline', parent_origin: HOST, share_values: true });
      const [embedView] = await ctx.db
        .select()
        .from(wizardViews)
        .where(eq(wizardViews.visitorId, 'embed-visitor-0123456789'));
      expect(embedView!.source).toBe('embed');
    });
  },
  { GUIDEPOST_WEB_DIR: webDir, GUIDEPOST_RATE_LIMIT_PUBLIC_PAGES: '20' },
);
