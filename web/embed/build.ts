import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The embed loader's source. */
export const EMBED_ENTRY = fileURLToPath(new URL('./embed.ts', import.meta.url));

/**
 * Bundles web/embed/embed.ts into one minified classic script (an IIFE: host pages load it with a plain
 * `<script src>`, no module) and returns its code. esbuild is the bundler Vite itself runs on.
 */
export async function buildEmbedScript(): Promise<string> {
  const result = await build({
    entryPoints: [EMBED_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/** A Vite plugin that adds `embed.js` (see buildEmbedScript) at the root of the web app's build. */
export function embedScript(): Plugin {
  return {
    name: 'guidepost-embed-script',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildEmbedScript() });
    },
  };
}
