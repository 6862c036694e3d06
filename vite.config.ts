import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { embedScript } from './web/embed/build.js';
import { slimSanitizeHtml } from './web/build/slim-sanitize-html.js';

/**
 * The web app (`web/`): `npm run dev` serves it with hot reload and proxies `/api` (HTTP and the live
 * WebSocket) to the Fastify server on port 3000 (`API_ORIGIN` overrides), and so does `npm run preview:web`;
 * `npm run build:web` writes `dist/web` (with `.vite/manifest.json`, which `bench/player-size.ts` reads). The
 * app imports `src/core` directly: one schema everywhere.
 */
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Stable, cache-friendly chunks: `react` (React and ReactDOM), `tanstack` (router and query) and `zod`, which
 * the entry needs; `core` (src/core with chrono-node, libphonenumber-js, sanitize-html…: the engine of every
 * player and builder page) and `player` (the player UI), which the entry must not load; `ui` (the design
 * system and the API client), shared by the shell and the pages. Rollup moves a manual chunk's unassigned
 * dependencies into it, so whatever the shell shares with the player is assigned to `ui` explicitly. A public
 * run (`/runs/$runId`) thus loads the entry, these chunks and its page chunk, never the builder, settings or
 * admin pages.
 *
 * The public player (`public.html`, served at `/w/<tenant>/<wizard>`) is a second entry: it loads `react`,
 * `ui` (without the query client, which needs TanStack) and its own chunk before the first render, and
 * `chat` (the guide panel and its API calls, shared with the player) and its own chunk before the first
 * render, and `core` and `player` only with its form (a lazy chunk); the chart, code and document views (and
 * their libraries) only when an output needs them. `src/core/public-page.ts` holds no engine code and
 * stays out of `core` so the entry can read its constants.
 */
const LAZY_VIEWS = /web\/src\/player\/outputs\/views\/(ChartView|CodeView|DocumentView)\.tsx$/;

function chunkOf(id: string): string | undefined {
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  if (/[\\/]node_modules[\\/]@tanstack[\\/]/.test(id)) return 'tanstack';
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(id)) return 'zod';
  if (id === `${root}src/core/public-page.ts`) return undefined;
  if (id.startsWith(`${root}src/core/`)) return 'core';
  // The heavy output renderers (recharts, highlight.js, marked + DOMPurify) are lazy views: left unassigned,
  // each becomes its own chunk with its libraries, fetched when a run first shows such an output.
  if (LAZY_VIEWS.test(id)) return undefined;
  if (id.startsWith(`${root}web/src/player/`)) return 'player';
  if (id === `${root}web/src/api/query-client.ts`) return undefined;
  if (/web\/src\/(guide\/(GuidePanel|Avatar|VoiceButton)\.tsx|runs\/(useServerGuide|run-call)\.ts)$/.test(id))
    return 'chat';
  // Vite's helper of dynamic imports: every entry needs it, so it must not land in a lazy page's chunk.
  if (
    id.startsWith(`${root}web/src/ui/`) ||
    id.startsWith(`${root}web/src/api/`) ||
    id.includes('vite/preload-helper')
  )
    return 'ui';
  return undefined;
}

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [slimSanitizeHtml(), react(), tailwindcss(), embedScript()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        public: fileURLToPath(new URL('./web/public.html', import.meta.url)),
      },
      output: { manualChunks: chunkOf },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: api, changeOrigin: true, ws: true } },
  },
  preview: { port: 4173, proxy: { '/api': { target: api, changeOrigin: true, ws: true } } },
});
