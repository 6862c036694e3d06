import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app (`web/`): `npm run dev` serves it with hot reload and proxies `/api` (HTTP and the live
 * WebSocket) to the Fastify server on port 3000 (`API_ORIGIN` overrides), and so does `npm run preview:web`;
 * `npm run build:web` writes `dist/web`. The app imports `src/core` directly: one schema everywhere.
 */
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: api, changeOrigin: true, ws: true } },
  },
  preview: { port: 4173, proxy: { '/api': { target: api, changeOrigin: true, ws: true } } },
});
