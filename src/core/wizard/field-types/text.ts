import type { FieldTypeModule } from './field-type.js';
import { textLikeModule } from './text-like.js';

/**
 * `text`: one line of free text. Canonical value: the trimmed string (never empty).
 * Accepts strings, numbers and booleans; blank input fails with "is empty".
 * Rules: `min_length`, `max_length`, `pattern`, `custom_error`.
 */
export const textField: FieldTypeModule<string> = textLikeModule('text');
