import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Field } from '../../../core/wizard/definition.js';
import type { NamedSegment } from '../segments.js';
import type { Candidate } from './plan.js';

/**
 * The value of a clause whose name several fields share ("number" of "Mobile number" and "Licence number"):
 * "Queensland. Number: 88213046" gives the licence number, not a new mobile. Pure.
 *
 * The segment's own field is tried first (the asked one, else the first: `namedSegments`), then the others;
 * the first that reads the words firmly takes them. A reading is weak when it is only an attempt at a code
 * that misses its pattern (`pattern-attempt`: "0412 660 305" to a licence number), or a phone number that is
 * no valid number (libphonenumber's `isValid`: "+61 88213046" has too few digits for an Australian number)
 * for a phone field already answered: the person gave another field's code, not a new phone.
 */

/** Whether `c` is a weak reading for `field` (see the module comment). */
function weak(c: Candidate, field: Field, answered: (field: Field) => boolean): boolean {
  if (c.extractor === 'pattern-attempt') return true;
  return field.type === 'phone' && answered(field) && !parsePhoneNumberFromString(String(c.value))?.isValid();
}

/**
 * The candidate of `segment`: `read(field)` of its field, or of the first other field sharing its name that
 * reads the words firmly when its own reading is weak (`answered` tells the fields answered before).
 */
export function sharedNameAnswer(
  segment: NamedSegment,
  read: (field: Field) => Candidate | null,
  answered: (field: Field) => boolean,
): Candidate | null {
  const own = read(segment.field);
  if (own && !weak(own, segment.field, answered)) return own;
  for (const other of segment.others) {
    const c = read(other);
    if (c && !weak(c, other, answered)) return c;
  }
  return own;
}
