import { z } from 'zod';
import type { FieldType } from '../definition.js';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, ok, stringRules, withCustomError } from './rules.js';

/** How one text-like type cleans its input and what its rules measure. */
export interface TextLikeOptions {
  /** Turns the trimmed input into the canonical string (default: unchanged). */
  clean?: (text: string) => string;
  /** The text the emptiness check and the length/pattern rules see (default: the value itself). */
  measure?: (value: string) => string;
  /** Display text for summaries (default: the value itself). */
  format?: (value: string) => string;
}

/**
 * Builds the module of a type whose canonical value is a non-empty string (text, textarea, rich_text,
 * voice_only). Accepts strings, finite numbers and booleans (converted with `String`); trims; a value
 * whose measured text is blank fails with "is empty"; other input fails with "must be text".
 * Validation: `min_length`, `max_length`, `pattern` on the measured text, then `custom_error`.
 */
export function textLikeModule(type: FieldType, options: TextLikeOptions = {}): FieldTypeModule<string> {
  const clean = options.clean ?? ((t: string) => t);
  const measure = options.measure ?? ((v: string) => v);
  return {
    type,
    valueSchema: z.string().min(1),
    normalise(raw) {
      let text: string;
      if (typeof raw === 'string') text = raw;
      else if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean')
        text = String(raw);
      else if (raw === undefined || raw === null) return fail(EMPTY_MESSAGE);
      else return fail('must be text');
      const value = clean(text.trim()).trim();
      if (measure(value).trim() === '') return fail(EMPTY_MESSAGE);
      return ok(value);
    },
    validate(value, field) {
      return withCustomError(stringRules(measure(value), field.validation), field);
    },
    format(value) {
      return options.format ? options.format(value) : value;
    },
  };
}
