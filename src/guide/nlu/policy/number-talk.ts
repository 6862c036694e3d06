import type { Field } from '../../../core/wizard/definition.js';
import { contentStems } from '../extract/normalize.js';

/**
 * A free-text answer that is a line about a number field instead ("odometer is showing 61,250" asked the
 * make and model, while the mileage is "Miles on the odometer"). Pure.
 */

/** The content-word stems (four letters or more) of a field's own texts: label, description, hints. */
function ownStems(field: Field): Set<string> {
  const text = [field.label, field.description ?? '', ...(field.extraction_hints ?? [])].join(' ');
  return new Set(contentStems(text).filter((s) => s.length >= 4));
}

/**
 * Whether `value` (of the free-text `field`) holds a number said after a word of another number field's own
 * texts, and no word of `field`'s own before it: it reports that number, not this field's value. False for values of more
 * than six words (a description may mention numbers).
 */
export function talksOfNumberField(value: unknown, field: Field, fields: Field[]): boolean {
  if (typeof value !== 'string' || !/\d/.test(value) || value.trim().split(/\s+/).length > 6) return false;
  // the number is reported after the words ("odometer reads 27,480"), not named by them ("12 Mileage Road")
  const words = contentStems(value.slice(0, value.search(/\d/)));
  const own = ownStems(field);
  if (words.some((w) => own.has(w))) return false;
  return fields.some(
    (f) => f.name !== field.name && f.type === 'number' && words.some((w) => ownStems(f).has(w)),
  );
}
