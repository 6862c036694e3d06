/**
 * A conservative, dependency-free HTML sanitiser for rich_text values, usable in the browser and on the
 * server (no DOM). It does not filter the input: it re-serialises it from an allowlist, so the output can
 * only contain what it writes itself.
 *
 * - Text is re-escaped (`<` `>` and stray `&`); comments, doctypes and processing instructions are dropped.
 * - `script`, `style`, `iframe`, `object`, `embed`, `svg`, `math`, `template`, `noscript` and similar
 *   elements are dropped with their content.
 * - Allowed elements ({@link ALLOWED_TAGS}) are written back with only their allowed attributes (`href` and
 *   `title` on `a`), values entity-decoded, checked and re-escaped in double quotes. So every `on*`
 *   attribute, `style` and `class` disappear, and an `href` whose scheme is not http, https, mailto or tel
 *   (e.g. `javascript:`, `data:`, also when hidden by entities or control characters) is removed.
 * - Any other element is unwrapped: its tag goes, its text stays.
 *
 * It does not balance tags. It is a first line of defence for stored values: whatever renders rich text
 * should still treat it as untrusted (e.g. DOMPurify in the web app).
 */

/** Elements kept, without attributes unless listed in {@link ALLOWED_ATTRIBUTES}. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set(
  'p br hr b strong i em u s del ins mark small sub sup a ul ol li h1 h2 h3 h4 h5 h6 blockquote code pre span div'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href', 'title'] };
const VOID_TAGS = new Set(['br', 'hr']);
const DROPPED_WITH_CONTENT = new Set(
  'script style iframe frame frameset object embed applet noscript noembed noframes template textarea title xmp plaintext svg math select head'.split(
    ' ',
  ),
);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
};

/** Decodes numeric entities and a few named ones; unknown entities are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function escapeText(text: string): string {
  return text
    .replace(/&(?!(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Whether a (decoded) URL is relative or uses http, https, mailto or tel. */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** Index of the `>` that ends a tag whose attributes start at `from`, skipping quoted values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const ch = html[j]!;
    if (ch === '>') return j;
    if ((ch === '"' || ch === "'") && afterEquals) {
      const close = html.indexOf(ch, j + 1);
      if (close < 0) return -1;
      j = close;
      afterEquals = false;
    } else if (ch === '=') afterEquals = true;
    else if (!/\s/.test(ch)) afterEquals = false;
  }
  return -1;
}

/** Index just after the end tag `</name ...>` at or after `from`, or the end of the input. */
function skipPastEndTag(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}(?=[\\s/>])[^>]*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}

function renderAttributes(tag: string, source: string): string {
  const allowed = ALLOWED_ATTRIBUTES[tag];
  if (!allowed) return '';
  let out = '';
  const seen = new Set<string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = m[1]!.toLowerCase();
    if (!allowed.includes(name) || seen.has(name)) continue;
    seen.add(name);
    const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (name === 'href' && !isSafeUrl(value)) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** Sanitises an HTML fragment (see the module docs). Never throws. */
export function sanitiseHtml(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += escapeText(html.slice(i));
      break;
    }
    out += escapeText(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const m = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(html.slice(i, i + 100));
    const end = m ? tagEnd(html, i + m[0].length) : -1;
    if (!m || end < 0) {
      out += '&lt;';
      i += 1;
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const attributes = html.slice(i + m[0].length, end);
    i = end + 1;
    if (DROPPED_WITH_CONTENT.has(tag)) {
      if (!closing && !attributes.trimEnd().endsWith('/')) i = skipPastEndTag(html, i, tag);
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) continue;
    if (closing) out += VOID_TAGS.has(tag) ? '' : `</${tag}>`;
    else out += `<${tag}${renderAttributes(tag, attributes)}>`;
  }
  return out;
}

/** The text of an HTML fragment: tags removed (block ends become spaces), entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<(?:br|hr)\b[^>]*>|<\/(?:p|div|li|h[1-6]|blockquote|pre)\s*>/gi, ' ');
  return decodeEntities(withBreaks.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
