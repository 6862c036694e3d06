import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';

/**
 * HTML sanitising for rich_text values with `sanitize-html` (htmlparser2 underneath), usable in the browser
 * and on the server. Only an allowlist of formatting elements survives; `a` keeps `href` (http, https,
 * mailto, tel or relative) and `title`; every other attribute (`on*`, `style`, `class`) goes; `script`,
 * `style`, `iframe`, `svg` and similar elements are dropped with their content; other elements are
 * unwrapped (their text stays). Whatever renders rich text should still treat it as untrusted.
 */

/** Elements kept in rich text. */
export const ALLOWED_TAGS: readonly string[] =
  'p br hr b strong i em u s del ins mark small sub sup a ul ol li h1 h2 h3 h4 h5 h6 blockquote code pre span div'.split(
    ' ',
  );

const RICH_TEXT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
    'title',
  ],
};

const TEXT_ONLY_OPTIONS: sanitizeHtml.IOptions = {
  ...RICH_TEXT_OPTIONS,
  allowedTags: [],
  allowedAttributes: {},
};

/** The fragment with only allowlisted elements and attributes (see the module comment). Idempotent. */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, RICH_TEXT_OPTIONS);
}

/** The visible text of a fragment: tags removed, entities decoded, whitespace collapsed, trimmed. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<\/(p|div|li|h[1-6]|blockquote|pre)>|<br\s*\/?>/gi, '$& ');
  return decodeHTML(sanitizeHtml(withBreaks, TEXT_ONLY_OPTIONS)).replace(/\s+/g, ' ').trim();
}
