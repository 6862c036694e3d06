import type { Field } from '../../../core/wizard/definition.js';
import { holdsYear } from '../../../core/wizard/field-types/year-number.js';
import { holdsMoney } from './money-field.js';

/** Whether `value` lies in `field`'s validation range: `min` and `max` inclusive, each optional. */
export function inFieldRange(field: Field, value: number): boolean {
  const { min, max } = field.validation ?? {};
  return (typeof min !== 'number' || value >= min) && (typeof max !== 'number' || value <= max);
}

/** Whether `field` is a plain number field (no money, no year) whose range, if any, holds `value`. */
export function holdsPlainNumber(field: Field, value: number): boolean {
  return field.type === 'number' && !holdsYear(field) && !holdsMoney(field) && inFieldRange(field, value);
}
