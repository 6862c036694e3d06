import type { z } from 'zod';
import type { Field, FieldType } from '../definition.js';

/** Context a normaliser may need: the phone region for numbers without a country code, and "today". */
export interface NormaliseContext {
  /** ISO 3166-1 alpha-2 region, e.g. "US". */
  defaultRegion: string;
  /** The run's reference date: relative dates ("tomorrow") resolve against it. */
  referenceDate: Date;
}

/** Outcome of normalising or validating a value: the canonical value, or a message a person understands. */
export type NormaliseResult<V> = { ok: true; value: V } | { ok: false; message: string };

/**
 * One field type: its canonical value schema, its normaliser (raw input from a form, the guide or an
 * action → canonical value) and its validator (canonical value + the field's rules → problems).
 *
 * Canonical values: text-like types → string; phone → E.164 string; number, rating, slider → number;
 * date → "YYYY-MM-DD"; time → "HH:MM" (24 h); datetime → "YYYY-MM-DDTHH:MM"; single_select → option value;
 * multi_select → option values (string[]); boolean → boolean; color → "#rrggbb";
 * file_upload → FileRef[] (see file-upload.ts).
 */
export interface FieldTypeModule<V = unknown> {
  type: FieldType;
  /** Zod schema of the canonical value. */
  valueSchema: z.ZodType<V>;
  /** Turns raw input into the canonical value; never throws. */
  normalise(raw: unknown, field: Field, ctx: NormaliseContext): NormaliseResult<V>;
  /** Checks a canonical value against the field's validation rules; returns messages, empty when valid. */
  validate(value: V, field: Field): string[];
  /** Short human text for a value, used in summaries ("Friendly American female", "14 March 2026"). */
  format(value: V, field: Field): string;
}
