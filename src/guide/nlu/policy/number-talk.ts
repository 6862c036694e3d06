import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from '../extract/types.js';
import { cuedNumberCandidates } from '../extract/cued-number.js';

/**
 * A free-text answer that is a line about a number field instead ("odometer is showing 61,250" asked the
 * make and model, while the mileage is "Miles on the odometer"). Pure.
 */

/**
 * Whether `value` (of the free-text `field`) holds a number that another number field's noun introduces, as
 * `cuedNumberCandidates` reads it: it reports that number, not this field's value. False for values of more
 * than six words (a description may mention numbers).
 */
export function talksOfNumberField(value: unknown, field: Field, fields: Field[]): boolean {
  if (typeof value !== 'string' || !/\d/.test(value) || value.trim().split(/\s+/).length > 6) return false;
  const cued: Candidate[] = [];
  cuedNumberCandidates(
    value,
    fields.filter((f) => f.name !== field.name),
    cued,
  );
  return cued.length > 0;
}
