import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

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
export function slimSanitizeHtml(): Plugin {
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
