import type { FieldTypeModule } from './field-type.js';
import { textLikeModule } from './text-like.js';

/**
 * `voice_only`: an answer given by voice, stored as its transcript. Canonical value: the transcript with
 * runs of whitespace collapsed to one space and trimmed (never empty). Rules: `min_length`, `max_length`,
 * `pattern`, `custom_error`.
 */
export const voiceOnlyField: FieldTypeModule<string> = textLikeModule('voice_only', {
  clean: (text) => text.replace(/\s+/g, ' '),
});
