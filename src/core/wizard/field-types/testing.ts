import { FieldSchema, type Field, type FieldInput, type FieldType } from '../definition.js';
import type { NormaliseContext, NormaliseResult } from './field-type.js';
import { normaliseFieldValue } from './index.js';

/**
 * Test support for the field type tests: a context whose reference date is Tuesday 10 March 2026, noon
 * local time, and a builder of parsed fields.
 */
export const testContext: NormaliseContext = {
  defaultRegion: 'US',
  referenceDate: new Date(2026, 2, 10, 12, 0),
};

/** A parsed field of `type` named "f", with defaults applied and `extra` merged in. */
export function makeField(type: FieldType, extra: Partial<FieldInput> = {}): Field {
  return FieldSchema.parse({ name: 'f', label: 'F', type, ...extra });
}

/** Normalises and validates `raw` for `field` in {@link testContext}. */
export function check(field: Field, raw: unknown): NormaliseResult<unknown> {
  return normaliseFieldValue(field, raw, testContext);
}

/** `[raw, expected]` rows → assertion that each is accepted as `expected`. */
export function accepted(value: unknown): NormaliseResult<unknown> {
  return { ok: true, value };
}

/** A refusal with this message. */
export function refused(message: string): NormaliseResult<unknown> {
  return { ok: false, message };
}
