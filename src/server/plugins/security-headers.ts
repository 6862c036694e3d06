import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of Guidepost's pages: everything from this origin only, inline scripts only by
 * the given hashes (`'sha256-…'`, see inlineScriptHashes), inline styles allowed (React's and Swagger UI's
 * style attributes), images from data:, blob: and http(s) too (image renderers and cards show an action's
 * image URLs; scripts stay same-origin), connections to any https/wss origin (LiveKit, voice
 * providers), no plugins, and no framing by any page (`frame-ancestors 'none'`).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
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
    "frame-ancestors 'none'",
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
 * Sets on every HTML answer (Content-Type text/html: the web app, the not-built page, the API docs)
 * `Content-Security-Policy` (contentSecurityPolicy() unless the route set its own, e.g. with script hashes),
 * `X-Content-Type-Options: nosniff` and `Referrer-Policy: same-origin`.
 */
async function securityHeadersPlugin(app: FastifyInstance): Promise<void> {
  const policy = contentSecurityPolicy();
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', policy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    return payload;
  });
}

export default fp(securityHeadersPlugin, { name: 'security-headers' });
