import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';

/** What a page may loosen in contentSecurityPolicy: who may frame it. */
export interface PolicyOptions {
  /** The `frame-ancestors` sources; default `'none'` (a public wizard page lists its allowed origins). */
  frameAncestors?: string;
}

/**
 * The Content-Security-Policy of Guidepost's pages: everything from this origin only, inline scripts only by
 * the given hashes (`'sha256-…'`, see inlineScriptHashes), inline styles allowed (React's and Swagger UI's
 * style attributes), images from data:, blob: and http(s) too (image renderers and cards show an action's
 * image URLs; scripts stay same-origin), connections to any https/wss origin (LiveKit, voice
 * providers), no plugins, and no framing by any page (`frame-ancestors 'none'`) unless `options` says which
 * origins may frame it (public wizard pages, see routes/public).
 */
export function contentSecurityPolicy(
  scriptHashes: readonly string[] = [],
  options: PolicyOptions = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https: http:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self' https: wss:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
  ].join('; ');
}

/** CSP source hashes (`sha256-<base64>`) of the inline `<script>` elements (those without `src`) of a page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ''))
    .map(
      ([, , body]) =>
        `sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}`,
    );
}

/**
 * Sets `X-Content-Type-Options: nosniff` and `Referrer-Policy: same-origin` on every answer, and on every HTML
 * answer (Content-Type text/html: the web app, public wizard pages, the not-built and not-found pages, the
 * API docs) `Content-Security-Policy` (contentSecurityPolicy() unless the route set its own, e.g. with script
 * hashes or a public page's frame-ancestors) and, unless that policy lets some origin frame the page,
 * `X-Frame-Options: DENY` for browsers that ignore frame-ancestors.
 */
async function securityHeadersPlugin(app: FastifyInstance): Promise<void> {
  const policy = contentSecurityPolicy();
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', policy);
    if (String(reply.getHeader('content-security-policy')).includes("frame-ancestors 'none'"))
      reply.header('x-frame-options', 'DENY');
    return payload;
  });
}

export default fp(securityHeadersPlugin, { name: 'security-headers' });
