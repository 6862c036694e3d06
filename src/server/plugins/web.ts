import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../../config/package-root.js';
import { HttpProblem } from '../problem.js';
import { contentSecurityPolicy, inlineScriptHashes } from './security-headers.js';

/** Where `npm run build:web` writes the web app: `dist/web` in the Guidepost checkout. */
export const DEFAULT_WEB_DIR = join(packageRoot(), 'dist', 'web');

/** The directory the web app is served from: GUIDEPOST_WEB_DIR (relative to the working directory) or the default. */
export function resolveWebDir(configured: string | undefined): string {
  return configured ? resolve(configured) : DEFAULT_WEB_DIR;
}

/** Options of the web plugin: the built app's directory (absolute). */
export interface WebPluginOptions {
  root: string;
}

/** Paths that belong to the API: never a file, never the SPA fallback (unknown ones stay problem+json 404s). */
const API_PATH = /^\/(api|health|ready)(\/|$)/;
/** Vite's content-hashed output: safe to cache for a year. */
const HASHED_ASSETS = 'assets/';
const IMMUTABLE = { maxAge: '365d', immutable: true } as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The CSP of an index.html, allowing its inline scripts by hash; recomputed when the file changes. */
function indexPolicy(): (path: string) => Promise<string> {
  let cached: { key: string; policy: string } | undefined;
  return async (path) => {
    const { mtimeMs, size } = await stat(path);
    const key = `${path}|${mtimeMs}|${size}`;
    if (cached?.key !== key)
      cached = { key, policy: contentSecurityPolicy(inlineScriptHashes(await readFile(path, 'utf8'))) };
    return cached.policy;
  };
}

/** Whether the request accepts text/html (a browser's navigation). */
export function acceptsHtml(request: FastifyRequest): boolean {
  return String(request.headers.accept ?? '').includes('text/html');
}

/** `text` with the five HTML-special characters as numeric references, for text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The answer when there is no build: an HTML page for browsers, a 503 problem for everything else. */
export function notBuilt(request: FastifyRequest, reply: FastifyReply, root: string): FastifyReply {
  const detail = `the web app is not built (no index.html in ${root}): run \`npm run build:web\`, or \`npm start\`, which builds it when needed; the API is up (see /api/docs)`;
  if (!acceptsHtml(request)) throw new HttpProblem(503, detail);
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Guidepost: the web app is not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>The web app is not built yet</h1>
<p>Guidepost's API is running, but there is no built web app in <code>${escapeHtml(root)}</code>.</p>
<p>Build it with <code>npm run build:web</code> (or start with <code>npm start</code>, which builds it when needed), then reload this page.</p>
<p>Meanwhile the API and its documentation are at <a href="/api/docs">/api/docs</a>.</p>
</body>
</html>
`;
  return reply.code(503).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
}

/**
 * Serves the built web app (`npm run build:web` → `dist/web`) from `opts.root`: files by path, `/assets/*`
 * (content-hashed) with `Cache-Control: public, max-age=31536000, immutable`, `index.html` and other files with
 * `no-cache` (revalidated by ETag). The SPA fallback answers a GET that matches no file, lies outside `/api`,
 * `/health` and `/ready`, and accepts text/html with index.html (the router uses browser history); anything
 * else unknown goes to the app's not-found handler (problem+json 404). index.html goes with a CSP that allows
 * its inline scripts by hash (see plugins/security-headers.ts). Without a build, `/` and browser
 * navigations get a page saying how to build it (503). The build is looked up per request, so building
 * while the server runs needs no restart. Register it after every other route.
 */
export default async function webPlugin(app: FastifyInstance, opts: WebPluginOptions): Promise<void> {
  const root = resolve(opts.root);
  // No `root` here: only `reply.sendFile` (each call names the root), so a missing build logs no warning.
  await app.register(fastifyStatic, { serve: false });
  const policyOf = indexPolicy();
  if (!(await isFile(join(root, 'index.html'))))
    app.log.warn(`the web app is not built (no ${join(root, 'index.html')}); run \`npm run build:web\``);

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (API_PATH.test(path)) return reply.callNotFound();
    const wanted = (request.params as { '*'?: string })['*'] ?? '';
    const file = resolve(root, wanted);
    const inside = relative(root, file);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return reply.callNotFound();
    const name = inside.split(sep).join('/');
    const isIndex = name === '' || name === 'index.html';
    if (!isIndex && (await isFile(file))) {
      if (name.startsWith(HASHED_ASSETS)) return reply.sendFile(name, root, IMMUTABLE);
      return reply.header('cache-control', 'no-cache').sendFile(name, root, { cacheControl: false });
    }
    // A missing asset is a 404 even for a browser; only page navigations fall back to the app.
    if (!isIndex && (name.startsWith(HASHED_ASSETS) || !acceptsHtml(request))) return reply.callNotFound();
    if (!(await isFile(join(root, 'index.html')))) return notBuilt(request, reply, root);
    return reply
      .headers({
        'cache-control': 'no-cache',
        'content-security-policy': await policyOf(join(root, 'index.html')),
      })
      .sendFile('index.html', root, { cacheControl: false });
  });
}
