import type { FieldTypeModule } from './field-type.js';
import { textLikeModule } from './text-like.js';

/**
 * `textarea`: several lines of free text. Canonical value: the trimmed string with line endings
 * normalised to "\n" (never empty). Rules: `min_length`, `max_length`, `pattern`, `custom_error`.
 */
export const textareaField: FieldTypeModule<string> = textLikeModule('textarea', {
  clean: (text) => text.replace(/\r\n?/g, '\n'),
});
