import { z } from 'zod';
import type { Field } from '../definition.js';
import type { FieldTypeModule } from './field-type.js';
import { formatNumber, parseNumber } from './numeric.js';
import { EMPTY_MESSAGE, fail, isBlank, numberSetting, ok, rangeRules, withCustomError } from './rules.js';

/** The slider's range: `validation.min` (default 0) to `validation.max` (default 100). */
export function sliderRange(field: Field): { min: number; max: number } {
  return { min: field.validation?.min ?? 0, max: field.validation?.max ?? 100 };
}

/** Rounds `value` to the nearest `min + k·step`, without floating-point dust (0.1 + 0.2 → 0.3). */
export function snapToStep(value: number, min: number, step: number): number {
  const snapped = min + Math.round((value - min) / step) * step;
  const decimals = Math.max(decimalPlaces(step), decimalPlaces(min));
  return Number(snapped.toFixed(Math.min(decimals, 20)));
}

function decimalPlaces(n: number): number {
  const [mantissa = '', exponent = '0'] = String(n).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * `slider`: a number on a range, `validation.min`..`validation.max` (defaults 0..100). Canonical value: the
 * number, snapped to the nearest `min + k·settings.step` when `settings.step` is a positive number.
 *
 * Accepts numbers and numeric strings ("30,000"). Errors: "is empty", "must be a number".
 * Rules: the range ("must be 0 to 100"), `custom_error`. `format`: grouped digits.
 */
export const sliderField: FieldTypeModule<number> = {
  type: 'slider',
  valueSchema: z.number().finite(),
  normalise(raw, field) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    const n = parseNumber(raw);
    if (n === undefined) return fail('must be a number');
    const step = numberSetting(field, 'step');
    return ok(step !== undefined && step > 0 ? snapToStep(n, sliderRange(field).min, step) : n);
  },
  validate(value, field) {
    return withCustomError(rangeRules(value, sliderRange(field)), field);
  },
  format(value) {
    return formatNumber(value);
  },
};
