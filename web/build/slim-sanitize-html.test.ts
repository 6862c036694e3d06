import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText, sanitiseHtml } from '../../src/core/wizard/field-types/html-sanitise.js';
import { slimSanitizeHtml } from './slim-sanitize-html.js';

/**
 * The browser's sanitiser is the server's module bundled the way `vite build` bundles the web app (browser
 * resolution, `slimSanitizeHtml` swapping postcss for a stub and htmlparser2 for its Parser). This builds
 * that module alone, loads the bundle, and compares it with the server's (real postcss, full htmlparser2).
 */

const SANITISER = fileURLToPath(
  new URL('../../src/core/wizard/field-types/html-sanitise.ts', import.meta.url),
);
const ENTRY = '\0guidepost:sanitiser-entry';

/** An entry module that re-exports the rich-text sanitiser, so the bundle exposes it. */
const entry: Plugin = {
  name: 'guidepost:sanitiser-entry',
  resolveId: (id) => (id === ENTRY ? ENTRY : null),
  load: (id) =>
    id === ENTRY ? `export { sanitiseHtml, htmlToText } from ${JSON.stringify(SANITISER)};` : null,
};

interface Sanitiser {
  sanitiseHtml: (html: string) => string;
  htmlToText: (html: string) => string;
}

let chunk: Rollup.OutputChunk;
let browser: Sanitiser;
let dir: string;

beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [slimSanitizeHtml(), entry],
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: ENTRY, preserveEntrySignatures: 'strict' },
    },
  })) as Rollup.RollupOutput;
  const chunks = output.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  expect(chunks).toHaveLength(1);
  chunk = chunks[0]!;
  dir = await mkdtemp(join(tmpdir(), 'guidepost-sanitiser-'));
  const file = join(dir, 'sanitiser.mjs');
  await writeFile(file, chunk.code);
  browser = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Sanitiser;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const INPUTS: Array<[string, string]> = [
  [
    'allowed tags',
    '<h2>Title</h2><p>Hello <b>bold</b>, <strong>strong</strong>, <i>i</i> and <em>em</em></p>',
  ],
  [
    'more allowed tags',
    '<blockquote><code>x</code></blockquote><pre>a  b</pre><mark>m</mark><sub>1</sub><hr>',
  ],
  ['a line break', 'line<br/>break<br>again'],
  ['a script', 'a<script>alert(1)</script>b'],
  ['an unclosed script', 'a<script>never closed'],
  ['a style element', '<style>p { color: red }</style>text'],
  ['on* attributes', '<p onclick="steal()">Hi</p><b onmouseover=alert(1)>x</b><img src=x onerror=alert(1)>'],
  ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
  [
    'an obfuscated javascript: link',
    '<a href="  JaVaScRiPt:alert(1)">x</a><a href="jav&#x09;ascript:1">y</a>',
  ],
  ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['allowed links', '<a href="https://example.com/?a=1&amp;b=2" title=\'T "q"\' target="_blank">x</a>'],
  ['relative and mailto links', '<a href="/relative#frag">r</a> <a href="mailto:ann@example.com">m</a>'],
  ['a style attribute', '<p style="color:red;background:url(javascript:alert(1))">styled</p>'],
  ['a style attribute on a link', '<a href="https://x.io" style="position:fixed">x</a>'],
  ['class and id attributes', '<P CLASS="x" id="y" Style="color:red">Hi</P>'],
  ['nested lists', '<ul><li>one<ol><li>a</li><li>b<ul><li>deep</li></ul></li></ol></li><li>two</li></ul>'],
  ['a list with stray text', '<ol>before<li>item</li>after</ol>'],
  [
    'an iframe and svg',
    '<iframe src="https://evil.example"></iframe><svg onload="alert(1)"><circle/></svg>ok',
  ],
  ['unknown elements', '<custom-el>kept text</custom-el><section><article>inner</article></section>'],
  ['text with < and &', '1 < 2 && 3 > 2; &lt;script&gt; stays text; caf&eacute; &#169;'],
  ['comments and doctype', '<!DOCTYPE html><!-- secret --><p>x</p>'],
  ['unbalanced markup', '<p><b>bold <i>both</p> after</b></i><div>open'],
  ['a table', '<table><tr><td>cell</td></tr></table>'],
  ['a form control', '<textarea>hidden</textarea><select><option>o</option></select><input value=v>'],
];

describe('the browser sanitiser (slimSanitizeHtml) and the server sanitiser', () => {
  it('bundles the postcss stub and htmlparser2 Parser alone, not postcss or the rest of htmlparser2', () => {
    const ids = chunk.moduleIds;
    expect(ids).toContain('\0guidepost:postcss-stub');
    expect(ids).toContain('\0guidepost:htmlparser2-parser');
    expect(ids.some((id) => /[\\/]node_modules[\\/]postcss[\\/]/.test(id))).toBe(false);
    expect(ids.some((id) => /[\\/]node_modules[\\/](domhandler|domutils|dom-serializer)[\\/]/.test(id))).toBe(
      false,
    );
  });

  it.each(INPUTS)('sanitise the same: %s', (_, html) => {
    expect(browser.sanitiseHtml(html)).toBe(sanitiseHtml(html));
  });

  it.each(INPUTS)('give the same text: %s', (_, html) => {
    expect(browser.htmlToText(html)).toBe(htmlToText(html));
  });
});
