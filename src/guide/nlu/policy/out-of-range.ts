import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './plan.js';
import { inFieldRange } from '../extract/field-range.js';

/**
 * Whether `c` is a number outside its field's own bounds (validation min/max) for a field that was not asked:
 * "Saturday at eleven" gives no pain level of 11 on a 0–10 scale. Such a number was about something else
 * (an hour, a date); the asked field's own out-of-range answer is kept, to be refused with a reason.
 */
export function outOfRangeStray(c: Candidate, fields: Field[], asked: Field[]): boolean {
  if (typeof c.value !== 'number' || asked.some((f) => f.name === c.field)) return false;
  const field = fields.find((f) => f.name === c.field);
  return !!field && !inFieldRange(field, c.value);
}
