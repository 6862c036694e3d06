import type { FieldTypeModule } from './field-type.js';
import { htmlToText, sanitiseHtml } from './html-sanitise.js';
import { textLikeModule } from './text-like.js';

/**
 * `rich_text`: an HTML fragment. Canonical value: the fragment sanitised by {@link sanitiseHtml} (scripts,
 * styles, event-handler attributes and `javascript:` links removed; only an allowlist of formatting
 * elements kept) and trimmed. A fragment with no text (e.g. "<p></p>") fails with "is empty".
 * Rules (`min_length`, `max_length`, `pattern`) apply to the visible text, not to the markup.
 * `format` gives the visible text.
 */
export const richTextField: FieldTypeModule<string> = textLikeModule('rich_text', {
  clean: sanitiseHtml,
  measure: htmlToText,
  format: htmlToText,
});
