import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The web app (`web/`): `npm run dev` serves it with hot reload and proxies `/api` (HTTP and the live
 * WebSocket) to the Fastify server on port 3000 (`API_ORIGIN` overrides), and so does `npm run preview:web`;
 * `npm run build:web` writes `dist/web` (with `.vite/manifest.json`, which `bench/player-size.ts` reads). The
 * app imports `src/core` directly: one schema everywhere.
 */
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';
const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

const POSTCSS_STUB = '\0guidepost:postcss-stub';
const HTMLPARSER_PARSER = '\0guidepost:htmlparser2-parser';

/**
 * Slims sanitize-html (used by src/core's rich_text sanitiser) for the browser without changing what it
 * does there:
 * - `postcss` becomes a stub whose `parse` throws. sanitize-html parses a `style` attribute with it only when
 *   that attribute passed `allowedAttributes`, and Guidepost allows no `style` (see
 *   src/core/wizard/field-types/html-sanitise.ts); even so, a throw there would only drop the attribute.
 * - `htmlparser2` becomes its `Parser` alone: sanitize-html uses nothing else, and the package's index also
 *   pulls in domhandler, domutils and dom-serializer (with their own copy of `entities`).
 * Together about 60 kB of gzipped JavaScript. Only imports from sanitize-html are redirected.
 */
function slimSanitizeHtml(): Plugin {
  const parser = require.resolve('htmlparser2').replace(/commonjs[\\/]index\.js$/, 'esm/Parser.js');
  const fromSanitizeHtml = (importer: string | undefined) =>
    !!importer && /[\\/]node_modules[\\/]sanitize-html[\\/]/.test(importer);
  return {
    name: 'guidepost:slim-sanitize-html',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!fromSanitizeHtml(importer)) return null;
      if (id === 'postcss') return POSTCSS_STUB;
      if (id === 'htmlparser2') return HTMLPARSER_PARSER;
      return null;
    },
    load(id) {
      if (id === POSTCSS_STUB)
        return [
          'export function parse() {',
          "  throw new Error('postcss is not bundled in the browser: Guidepost allows no style attributes');",
          '}',
          'export default { parse };',
        ].join('\n');
      if (id === HTMLPARSER_PARSER) return `export { Parser } from ${JSON.stringify(parser)};`;
      return null;
    },
  };
}

/**
 * Stable, cache-friendly chunks: `react` (React and ReactDOM), `tanstack` (router and query) and `zod`, which
 * the entry needs; `core` (src/core with chrono-node, libphonenumber-js, sanitize-html…: the engine of every
 * player and builder page) and `player` (the player UI), which the entry must not load; `ui` (the design
 * system and the API client), shared by the shell and the pages. Rollup moves a manual chunk's unassigned
 * dependencies into it, so whatever the shell shares with the player is assigned to `ui` explicitly. A public
 * run (`/runs/$runId`) thus loads the entry, these chunks and its page chunk, never the builder, settings or
 * admin pages.
 */
function chunkOf(id: string): string | undefined {
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  if (/[\\/]node_modules[\\/]@tanstack[\\/]/.test(id)) return 'tanstack';
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(id)) return 'zod';
  if (id.startsWith(`${root}src/core/`)) return 'core';
  if (id.startsWith(`${root}web/src/player/`)) return 'player';
  if (id.startsWith(`${root}web/src/ui/`) || id.startsWith(`${root}web/src/api/`)) return 'ui';
  return undefined;
}

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [slimSanitizeHtml(), react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rollupOptions: { output: { manualChunks: chunkOf } },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: api, changeOrigin: true, ws: true } },
  },
  preview: { port: 4173, proxy: { '/api': { target: api, changeOrigin: true, ws: true } } },
});
